namespace DataApps.Auth;

/// <summary>Sign-in settings, read from the <c>DataApps:Auth</c> configuration section (<c>AddOidc</c>).</summary>
/// <example>
/// <code>
/// "DataApps": { "Auth": { "Mode": "Oidc", "Authority": "https://keycloak.example.com/realms/data",
///   "ClientId": "dataapps", "ClientSecret": "…", "RoleClaim": "realm_access.roles" } }
/// </code>
/// </example>
public sealed class DataAppsAuthOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "DataApps:Auth";

    /// <summary>How users sign in; <see cref="AuthMode.None"/> (everyone anonymous) by default.</summary>
    public AuthMode Mode { get; set; }

    /// <summary>The provider's issuer address (e.g. <c>https://keycloak.example.com/realms/data</c>); required for <see cref="AuthMode.Oidc"/>. For Entra it overrides <see cref="Instance"/> and <see cref="TenantId"/>.</summary>
    public string? Authority { get; set; }

    /// <summary>Where the provider's metadata is, when it is not <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>The app's client id at the provider; required.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret; leave it out for a public client (the code flow uses PKCE either way).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The scopes asked for; <c>openid</c> is always asked. Default: <c>openid profile email</c>. Add <c>offline_access</c> to refresh tokens without a new sign-in.</summary>
    public IList<string> Scopes { get; set; } = [];

    /// <summary>The claim that carries the user's roles: Entra's <c>roles</c> (default), Keycloak's <c>realm_access.roles</c> (a dotted path walks into a JSON claim), <c>groups</c>, or a custom claim.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim shown as the user's name; <c>name</c> by default (then <c>preferred_username</c>).</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>Whether every page needs a signed-in user unless it has <c>[AllowAnonymous]</c>.</summary>
    public bool RequireSignIn { get; set; }

    /// <summary>The path the provider redirects to after sign-in; <c>/signin-oidc</c> by default.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>The path the provider redirects to after sign-out; <c>/signout-callback-oidc</c> by default.</summary>
    public string SignedOutCallbackPath { get; set; } = "/signout-callback-oidc";

    /// <summary>Whether the provider's metadata must come over https; true by default. It may be false only for a provider on this machine (127.0.0.1, [::1], localhost).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long a sign-in lasts in the app before the user goes through the provider again; 8 hours by default.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often an open page checks that its sign-in is still valid (expired, signed out elsewhere, refused by the provider) and reads the user's roles from the provider again; one minute by default. A role the provider takes away is gone from open pages and the cookie within this interval.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sign-in keeps its last checked roles while the provider cannot be reached at revalidation (each check logs a warning); after that the sign-in ends. Five minutes by default.</summary>
    public TimeSpan ProviderOutageGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entra only: the cloud instance, <c>https://login.microsoftonline.com/</c> by default.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Entra only: the tenant id (or <c>organizations</c>, <c>common</c>); required unless <see cref="Authority"/> is set.</summary>
    public string? TenantId { get; set; }

    /// <summary>Entra only: the tenant's primary domain (optional).</summary>
    public string? Domain { get; set; }

    /// <summary>Whether users can sign in at all.</summary>
    public bool SignInEnabled => Mode != AuthMode.None;

    /// <summary>Where the provider's metadata is: <see cref="MetadataAddress"/>, else the well-known address under <see cref="Authority"/>; <c>null</c> without either.</summary>
    internal string? EffectiveMetadataAddress =>
        MetadataAddress ?? (Authority is { } authority ? authority.TrimEnd('/') + "/.well-known/openid-configuration" : null);

    /// <summary>The scopes asked for, with the defaults filled in.</summary>
    internal IReadOnlyList<string> EffectiveScopes =>
        Scopes.Count == 0 ? ["openid", "profile", "email"] : ["openid", .. Scopes.Where(s => s != "openid").Distinct(StringComparer.Ordinal)];
}
