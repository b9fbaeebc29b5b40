using DataApps;
using DataApps.Auth;
using DataApps.Hosting.Access;
using DataApps.Hosting.Operations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Identity.Web;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds sign-in to a DataApps app.</summary>
public static class DataAppsAuthExtensions
{
    /// <summary>Signs users in as the <c>DataApps:Auth</c> section of <paramref name="configuration"/> says: nobody (<c>Mode = None</c>, the default), any OpenID Connect provider (<c>Oidc</c>) or Entra ID (<c>Entra</c>).</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="configure">Changes the options after the configuration is read.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="InvalidOperationException">A setting the mode needs is missing or malformed; the message names the key.</exception>
    /// <example><c>builder.Services.AddDataApps().AddPagesFrom(typeof(Program).Assembly).AddOidc(builder.Configuration);</c></example>
    public static IDataAppsBuilder AddOidc(this IDataAppsBuilder builder, IConfiguration configuration, Action<DataAppsAuthOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new DataAppsAuthOptions();
        configuration.GetSection(DataAppsAuthOptions.Section).Bind(options);
        configure?.Invoke(options);
        AuthSettings.Validate(options);

        var services = builder.Services;
        services.Configure<DataAppsAuthOptions>(o => Copy(options, o));
        services.Configure<SignInSettings>(s =>
        {
            s.Enabled = options.SignInEnabled;
            s.RequireSignIn = options.RequireSignIn;
        });
        services.TryAddSingleton<ISignInPipeline, SignInPipeline>();
        if (!options.SignInEnabled)
        {
            return builder;
        }

        // Readiness (AddOperations' /readyz): sign-in fails while the provider's metadata cannot be fetched.
        if (options.EffectiveMetadataAddress is { } metadata)
        {
            services.AddHttpClient(nameof(IdentityProviderReadiness));
            services.AddHealthChecks().Add(new HealthCheckRegistration("identity-provider",
                sp => new IdentityProviderReadiness(sp.GetRequiredService<IHttpClientFactory>(), metadata, sp.GetService<DataAppsOperationsOptions>()?.CheckTimeout ?? TimeSpan.FromSeconds(5)),
                HealthStatus.Unhealthy, ["ready"]));
        }

        services.TryAddSingleton<IdentityProviderOutage>();
        // Sign-outs are shared through Redis when AddOperations has a connection to it (DataApps:Redis), else kept in memory.
        services.TryAddSingleton(sp => new SignOutRegistry(sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetService<RedisConnection>()));
        services.AddCascadingAuthenticationState();
        services.TryAddSingleton<IIdentityProviderClient, IdentityProviderClient>();
        services.TryAddSingleton<SignInChecks>(); // Note [Role revalidation]: the cookie (TokenRefresher) and open pages (SignInRevalidator) ask it
        services.AddScoped<AuthenticationStateProvider, SignInRevalidator>();
        var scheme = OpenIdConnectDefaults.AuthenticationScheme;
        if (options.Mode == AuthMode.Entra)
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(
                    identity =>
                    {
                        identity.Instance = options.Instance;
                        identity.TenantId = options.TenantId ?? "organizations";
                        identity.Domain = options.Domain;
                        identity.ClientId = options.ClientId;
                        identity.ClientSecret = options.ClientSecret;
                        identity.CallbackPath = options.CallbackPath;
                        identity.SignedOutCallbackPath = options.SignedOutCallbackPath;
                        identity.ResponseType = "code";
                    },
                    cookie => AuthSettings.ConfigureCookie(cookie, options),
                    scheme,
                    CookieAuthenticationDefaults.AuthenticationScheme);

            // Microsoft.Identity.Web sets its own options in Configure: ours run after it (a PostConfigure would be too late
            // for some of them). A non-Entra authority (a local provider, a test) needs its metadata address given and
            // Entra's issuer validator (which demands a tenant id claim) taken away.
            services.Configure<OpenIdConnectOptions>(scheme, oidc => AuthSettings.ConfigureEntra(oidc, options));
        }
        else
        {
            services.AddAuthentication(o =>
                {
                    o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                    o.DefaultChallengeScheme = scheme;
                })
                .AddCookie(cookie => AuthSettings.ConfigureCookie(cookie, options))
                .AddOpenIdConnect(scheme, oidc => AuthSettings.ConfigureOidc(oidc, options));
        }

        return builder;
    }

    private static void Copy(DataAppsAuthOptions from, DataAppsAuthOptions to)
    {
        foreach (var property in typeof(DataAppsAuthOptions).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(to, property.GetValue(from));
        }
    }
}
