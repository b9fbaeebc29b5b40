using DataApps;
using Microsoft.AspNetCore.Authorization;

namespace ModelCompare.SignIn;

/// Note [Sign-in modes]: the whole app needs a signed-in user and the model pages the analyst role, through two
/// authorization policies the pages name (<see cref="Users"/>, <see cref="Analysts"/>). Only in Development with no
/// DataApps:Auth and no --auth are they relaxed to "anyone", and every page shows <see cref="SignInState.Banner"/>. In
/// any other environment an app without DataApps:Auth refuses to start: it must never serve model pages openly by accident.
internal static class SignInSetup
{
    public const string AuthSwitch = "--auth";
    public const string Users = "Users";
    public const string Analysts = "Analysts";
    public const string AnalystRole = "analyst";
    public const string DevIdentityAuthority = "http://127.0.0.1:5099";
    private const string ModeKey = "DataApps:Auth:Mode";

    /// Decides the mode; throws with what to do when the app must not start.
    public static SignInMode Resolve(string environment, IConfiguration configuration, bool authSwitch)
    {
        var mode = configuration[ModeKey];
        var configured = !string.IsNullOrWhiteSpace(mode) && !mode.Equals("None", StringComparison.OrdinalIgnoreCase);
        if (configured)
        {
            return SignInMode.Configured;
        }

        if (authSwitch)
        {
            return SignInMode.DevIdentity;
        }

        if (string.Equals(environment, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            return SignInMode.Off;
        }

        throw new InvalidOperationException(
            $"ModelCompare requires sign-in, but {ModeKey} is not set (environment {environment}). Configure the identity provider " +
            "(DataApps__Auth__Mode=Oidc, DataApps__Auth__Authority, DataApps__Auth__ClientId, DataApps__Auth__ClientSecret, " +
            "DataApps__Auth__RoleClaim; see docs/apps/model-compare.md), or run with --auth to sign in through tools/dev-identity, " +
            "or run in Development (ASPNETCORE_ENVIRONMENT=Development) to run with sign-in off.");
    }

    /// The DataApps:Auth settings for tools/dev-identity (those of the Showcase's dev-identity launch profile).
    public static Dictionary<string, string?> DevIdentitySettings() => new()
    {
        [ModeKey] = "Oidc",
        ["DataApps:Auth:Authority"] = DevIdentityAuthority,
        ["DataApps:Auth:ClientId"] = "dataapps",
        ["DataApps:Auth:ClientSecret"] = "dataapps-secret",
        ["DataApps:Auth:RequireHttpsMetadata"] = "false",
        ["DataApps:Auth:RoleClaim"] = "realm_access.roles",
        ["DataApps:Auth:Scopes:0"] = "openid",
        ["DataApps:Auth:Scopes:1"] = "profile",
        ["DataApps:Auth:Scopes:2"] = "email",
        ["DataApps:Auth:Scopes:3"] = "roles",
        ["DataApps:Auth:Scopes:4"] = "offline_access",
    };

    /// The two policies the pages name; relaxed to "anyone" only when sign-in is off.
    public static void AddPolicies(AuthorizationBuilder authorization, SignInMode mode)
    {
        if (mode == SignInMode.Off)
        {
            authorization.AddPolicy(Users, p => p.RequireAssertion(_ => true));
            authorization.AddPolicy(Analysts, p => p.RequireAssertion(_ => true));
            return;
        }

        authorization.AddPolicy(Users, p => p.RequireAuthenticatedUser());
        authorization.AddPolicy(Analysts, p => p.RequireAuthenticatedUser().RequireRole(AnalystRole));
    }

    /// Adds the policies and the mode to <paramref name="services"/> (the app and AppTest both call this).
    public static IServiceCollection AddModelCompareAccess(this IServiceCollection services, SignInMode mode)
    {
        AddPolicies(services.AddAuthorizationBuilder(), mode);
        services.AddSingleton(new SignInState(mode));
        return services;
    }

    /// The banner every page shows while sign-in is off.
    public static void ShowBanner(Ui ui, SignInState state)
    {
        if (state.Mode == SignInMode.Off)
        {
            ui.Warning(SignInState.Banner);
        }
    }
}
