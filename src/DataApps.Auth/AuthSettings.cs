using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Auth;

/// <summary>Turns <see cref="DataAppsAuthOptions"/> into the settings of ASP.NET Core's cookie and OpenID Connect handlers.</summary>
internal static class AuthSettings
{
    /// <summary>Stops the app at startup with a message naming the key when the mode lacks a setting.</summary>
    public static void Validate(DataAppsAuthOptions options)
    {
        if (!Enum.IsDefined(options.Mode))
        {
            throw Missing("Mode", "is not None, Oidc or Entra");
        }

        if (!options.SignInEnabled)
        {
            if (options.RequireSignIn)
            {
                throw new InvalidOperationException(
                    $"{DataAppsAuthOptions.Section}:RequireSignIn is true but {DataAppsAuthOptions.Section}:Mode is None: nobody could open a page. Set Mode to Oidc or Entra (with Authority and ClientId), or RequireSignIn to false.");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw Missing("ClientId", "is missing");
        }

        if (options.Mode == AuthMode.Oidc && string.IsNullOrWhiteSpace(options.Authority))
        {
            throw Missing("Authority", "is missing (the provider's issuer address, e.g. https://keycloak.example.com/realms/data)");
        }

        if (options.Mode == AuthMode.Entra && string.IsNullOrWhiteSpace(options.Authority) && string.IsNullOrWhiteSpace(options.TenantId))
        {
            throw Missing("TenantId", "is missing (the Entra tenant id, or organizations)");
        }

        foreach (var (key, value) in new[] { ("Authority", options.Authority), ("MetadataAddress", options.MetadataAddress), ("Instance", options.Instance) })
        {
            if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                throw Missing(key, $"is '{value}', not an absolute http(s) address");
            }
        }

        var authority = options.Authority ?? options.Instance;
        if (!options.RequireHttpsMetadata && !IsLoopback(authority))
        {
            throw Missing("RequireHttpsMetadata", $"is false for {authority}; plain http is allowed only for a provider on this machine (127.0.0.1, [::1], localhost)");
        }

        if (options.SessionLifetime <= TimeSpan.Zero || options.RevalidationInterval <= TimeSpan.Zero)
        {
            throw Missing(options.SessionLifetime <= TimeSpan.Zero ? "SessionLifetime" : "RevalidationInterval", "must be positive");
        }

        if (options.ProviderOutageGrace < TimeSpan.Zero)
        {
            throw Missing("ProviderOutageGrace", "must not be negative");
        }

        if (string.IsNullOrWhiteSpace(options.RoleClaim))
        {
            throw Missing("RoleClaim", "is empty (roles, realm_access.roles, groups or a custom claim)");
        }
    }

    public static void ConfigureCookie(CookieAuthenticationOptions cookie, DataAppsAuthOptions options)
    {
        cookie.Cookie.Name = ".DataApps.Auth";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.ExpireTimeSpan = options.SessionLifetime;
        cookie.SlidingExpiration = false;
        cookie.AccessDeniedPath = PathString.Empty;
        cookie.Events.OnValidatePrincipal = TokenRefresher.ValidateAsync;
    }

    public static void ConfigureOidc(OpenIdConnectOptions oidc, DataAppsAuthOptions options)
    {
        oidc.Authority = options.Authority;
        if (options.MetadataAddress is not null)
        {
            oidc.MetadataAddress = options.MetadataAddress;
        }

        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.SaveTokens = true;
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.MapInboundClaims = false;
        oidc.CallbackPath = options.CallbackPath;
        oidc.SignedOutCallbackPath = options.SignedOutCallbackPath;
        oidc.SignedOutRedirectUri = "/";
        oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
        oidc.Scope.Clear();
        foreach (var scope in options.EffectiveScopes)
        {
            oidc.Scope.Add(scope);
        }

        // Keep the provider's claims as it sends them: walking into JSON claims (realm_access.roles) needs them.
        oidc.ClaimActions.Clear();
        oidc.ClaimActions.MapAllExcept("nonce", "at_hash", "c_hash", "aud", "iss", "iat", "nbf", "exp", "auth_time", "azp");
        ConfigureCommon(oidc, options);
    }

    public static void ConfigureEntra(OpenIdConnectOptions oidc, DataAppsAuthOptions options)
    {
        if (options.Authority is not null)
        {
            oidc.Authority = options.Authority;
            oidc.MetadataAddress = options.EffectiveMetadataAddress;
            oidc.TokenValidationParameters.IssuerValidator = null;
        }

        oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
        oidc.UsePkce = true;
        oidc.SaveTokens = true;
        foreach (var scope in options.EffectiveScopes)
        {
            oidc.Scope.Add(scope);
        }

        ConfigureCommon(oidc, options);
    }

    private static void ConfigureCommon(OpenIdConnectOptions oidc, DataAppsAuthOptions options)
    {
        oidc.TokenValidationParameters.NameClaimType = options.NameClaim;
        oidc.TokenValidationParameters.RoleClaimType = RoleClaims.Type;
        if (IsLoopback(options.Authority ?? options.Instance) && !options.RequireHttpsMetadata)
        {
            // A provider on this machine over plain http (development, tests): the correlation and nonce cookies must
            // travel over http too, which SameSite=None (it requires Secure) forbids.
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        }

        // Chain after what is there (Microsoft.Identity.Web has its own handlers).
        var tokenValidated = oidc.Events.OnTokenValidated;
        oidc.Events.OnTokenValidated = async context =>
        {
            await tokenValidated(context).ConfigureAwait(false);
            if (context.Principal?.Identity is ClaimsIdentity identity)
            {
                RoleClaims.AddTo(identity, RoleClaims.Find(context.Principal, options.RoleClaim));
            }
        };
        var userInfo = oidc.Events.OnUserInformationReceived;
        oidc.Events.OnUserInformationReceived = async context =>
        {
            await userInfo(context).ConfigureAwait(false);
            if (context.Principal?.Identity is ClaimsIdentity identity)
            {
                RoleClaims.AddTo(identity, RoleClaims.Find(context.Principal, options.RoleClaim, context.User.RootElement));
            }
        };
        var ticketReceived = oidc.Events.OnTicketReceived;
        oidc.Events.OnTicketReceived = async context =>
        {
            await ticketReceived(context).ConfigureAwait(false);
            context.ReturnUri = ReturnUrl.LocalOr(context.ReturnUri, AccountEndpoints.Root(context.HttpContext)); // Note [Return addresses]
            if (context.Principal?.Identity is ClaimsIdentity identity)
            {
                var time = context.HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
                var now = time.GetUtcNow();
                context.Properties!.ExpiresUtc = SignInClaims.Stamp(identity, now, options.SessionLifetime);
                context.Properties.IssuedUtc = now;
            }
        };
        var redirect = oidc.Events.OnRedirectToIdentityProvider;
        oidc.Events.OnRedirectToIdentityProvider = async context =>
        {
            await redirect(context).ConfigureAwait(false);
            // Note [Return addresses]: whoever challenged, the address the callback returns to is one of this app's.
            context.Properties.RedirectUri = ReturnUrl.LocalOr(context.Properties.RedirectUri, AccountEndpoints.Root(context.HttpContext));
            context.HttpContext.RequestServices.GetService<IdentityProviderOutage>()?.Answered();
        };
        var signOut = oidc.Events.OnRedirectToIdentityProviderForSignOut;
        oidc.Events.OnRedirectToIdentityProviderForSignOut = async context =>
        {
            await signOut(context).ConfigureAwait(false);
            // Tell the provider whose session ends, so it does not ask the user to confirm.
            if (context.ProtocolMessage.IdTokenHint is null && await context.HttpContext.GetTokenAsync("id_token").ConfigureAwait(false) is { } idToken)
            {
                context.ProtocolMessage.IdTokenHint = idToken;
            }
        };
    }

    public static bool IsLoopback(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost");

    private static InvalidOperationException Missing(string key, string problem) =>
        new($"Sign-in is misconfigured: {DataAppsAuthOptions.Section}:{key} {problem}.");
}
