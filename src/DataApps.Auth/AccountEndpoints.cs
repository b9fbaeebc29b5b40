using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>The sign-in and sign-out addresses: <c>/account/login?returnUrl=…</c> and <c>POST /account/logout</c>.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + SignInSettings.LoginPath, (HttpContext context, string? returnUrl, IOptions<DataAppsAuthOptions> options) =>
            options.Value.SignInEnabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrRoot(context, returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.Text($"Sign-in is not configured: set {DataAppsAuthOptions.Section}:Mode to Oidc or Entra.", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous()
            .ExcludeFromDescription();

        endpoints.MapPost("/" + SignInSettings.LogoutPath, SignOutAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, IOptions<DataAppsAuthOptions> options)
    {
        // The form carries the antiforgery token (validated here, so the endpoint can answer a missing one plainly).
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return Results.Text("Sign-out needs the form's antiforgery token: use ui.Logout() or the app bar's menu.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!options.Value.SignInEnabled || context.User.Identity?.IsAuthenticated != true)
        {
            return Results.LocalRedirect("~/");
        }

        var services = context.RequestServices;
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        if (context.User.FindFirst(SignInClaims.SignInId)?.Value is { } signIn)
        {
            services.GetRequiredService<SignOutRegistry>().End(signIn, now + options.Value.SessionLifetime);
        }

        var oidc = services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var properties = new AuthenticationProperties { RedirectUri = "/" };
        if (string.IsNullOrEmpty(await EndSessionEndpointAsync(oidc, context.RequestAborted).ConfigureAwait(false)))
        {
            // The provider has no sign-out of its own, or does not answer: the app's sign-in ends, the provider's stays.
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.LocalRedirect("~/");
        }

        return Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }

    /// <summary>
    /// The provider's end-session endpoint, or null when it has none or cannot be reached: sign-out must end the app's
    /// sign-in even while the provider is down (an app started during the outage has never read its metadata).
    /// </summary>
    internal static async Task<string?> EndSessionEndpointAsync(OpenIdConnectOptions oidc, CancellationToken cancellationToken)
    {
        if (oidc.ConfigurationManager is not { } manager)
        {
            return null;
        }

        try
        {
            return (await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false)).EndSessionEndpoint;
        }
        catch (Exception e) when (IdentityProviderOutage.IsUnreachable(e))
        {
            return null;
        }
    }

    /// <summary>The return address if it stays in this app, else the app's root (Note [Return addresses] in ReturnUrl).</summary>
    internal static string LocalOrRoot(HttpContext context, string? returnUrl) => ReturnUrl.LocalOr(returnUrl, Root(context));

    /// <summary>The app's root, <c>/</c> or the path base with a trailing <c>/</c>.</summary>
    internal static string Root(HttpContext context) => context.Request.PathBase.HasValue ? context.Request.PathBase.Value + "/" : "/";
}
