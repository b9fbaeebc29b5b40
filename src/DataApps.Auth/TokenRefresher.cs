using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>Checks the sign-in cookie on every request: a signed-out or expired sign-in is refused, and expired tokens are refreshed or the user is signed out (and challenged at the next protected page).</summary>
internal static class TokenRefresher
{
    // Tokens this close to their end are refreshed already, so a page load never starts with tokens about to die.
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context, string oidcScheme)
    {
        var services = context.HttpContext.RequestServices;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var now = time.GetUtcNow();
        if (context.Principal is null || SignInClaims.HasEnded(context.Principal, now, services.GetRequiredService<SignOutRegistry>()))
        {
            await RejectAsync(context).ConfigureAwait(false);
            return;
        }

        // With a refresh token, tokens close to their end are renewed already; without one they serve until they end.
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (context.Properties.GetTokenValue("expires_at") is not { } expiresAt
            || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            || expires - (refreshToken is null ? TimeSpan.Zero : Skew) > now)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenRefresher));
        var refreshed = refreshToken is not null && await RefreshAsync(context, oidcScheme, refreshToken, now, logger).ConfigureAwait(false);
        if (refreshed)
        {
            context.ShouldRenew = true;
            return;
        }

        logger.LogInformation("The tokens of {User} expired and could not be refreshed: signed out; the next protected page asks the provider again.", context.Principal.Identity?.Name);
        await RejectAsync(context).ConfigureAwait(false);
    }

    private static async Task<bool> RefreshAsync(CookieValidatePrincipalContext context, string oidcScheme, string refreshToken, DateTimeOffset now, ILogger logger)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(oidcScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
            };
            if (!string.IsNullOrEmpty(options.ClientSecret))
            {
                form["client_secret"] = options.ClientSecret;
            }

            using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), context.HttpContext.RequestAborted).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogInformation("The provider refused to refresh the tokens ({Status}).", (int)response.StatusCode);
                return false;
            }

            var tokens = await response.Content.ReadFromJsonAsync<TokenResponse>(context.HttpContext.RequestAborted).ConfigureAwait(false);
            if (tokens?.AccessToken is null)
            {
                return false;
            }

            var stored = context.Properties.GetTokens().ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);
            stored["access_token"] = tokens.AccessToken;
            stored["refresh_token"] = tokens.RefreshToken ?? refreshToken;
            if (tokens.IdToken is not null)
            {
                stored["id_token"] = tokens.IdToken;
            }

            stored["expires_at"] = now.AddSeconds(tokens.ExpiresIn ?? 3600).ToString("o", CultureInfo.InvariantCulture);
            context.Properties.StoreTokens(stored.Select(t => new AuthenticationToken { Name = t.Key, Value = t.Value }));
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException or IOException)
        {
            logger.LogWarning(e, "Refreshing the tokens failed.");
            return false;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("id_token")] string? IdToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
