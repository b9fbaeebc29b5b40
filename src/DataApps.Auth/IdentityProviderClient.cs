using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>What the provider answered: a result, a refusal (the token is no longer good: the sign-in ends), or no answer (it could not be reached).</summary>
internal enum ProviderAnswer
{
    Ok,
    Refused,
    Unreachable,
}

/// <summary>The two calls the app makes to the provider after sign-in: refresh the tokens, read the user's claims.</summary>
internal interface IIdentityProviderClient
{
    /// <summary>Exchanges <paramref name="refreshToken"/> for new tokens (<c>grant_type=refresh_token</c>).</summary>
    Task<(ProviderAnswer Answer, RefreshedTokens? Tokens)> RefreshAsync(string refreshToken, CancellationToken cancellationToken);

    /// <summary>The userinfo response for <paramref name="accessToken"/>; <see cref="ProviderAnswer.Ok"/> with <c>null</c> when the provider has no userinfo endpoint the app reads.</summary>
    Task<(ProviderAnswer Answer, JsonElement? Claims)> UserInfoAsync(string accessToken, CancellationToken cancellationToken);
}

/// <summary>A token endpoint response.</summary>
internal sealed record RefreshedTokens(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("id_token")] string? IdToken,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

/// <summary>Calls the provider with the OpenID Connect handler's own settings: its metadata, client credentials and backchannel.</summary>
internal sealed class IdentityProviderClient(IOptionsMonitor<OpenIdConnectOptions> oidcOptions, IOptions<DataAppsAuthOptions> options) : IIdentityProviderClient
{
    private OpenIdConnectOptions Oidc => oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme);

    public async Task<(ProviderAnswer Answer, RefreshedTokens? Tokens)> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var oidc = Oidc;
        try
        {
            var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = oidc.ClientId!,
            };
            if (!string.IsNullOrEmpty(oidc.ClientSecret))
            {
                form["client_secret"] = oidc.ClientSecret;
            }

            using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                // 400 (invalid_grant: revoked, expired, user disabled) and 401 are the provider's word; 5xx and 429 are an outage.
                return ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests ? ProviderAnswer.Refused : ProviderAnswer.Unreachable, null);
            }

            var tokens = await response.Content.ReadFromJsonAsync<RefreshedTokens>(cancellationToken).ConfigureAwait(false);
            return tokens?.AccessToken is null ? (ProviderAnswer.Unreachable, null) : (ProviderAnswer.Ok, tokens);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (ProviderAnswer.Unreachable, null);
        }
    }

    public async Task<(ProviderAnswer Answer, JsonElement? Claims)> UserInfoAsync(string accessToken, CancellationToken cancellationToken)
    {
        // Entra's userinfo (Microsoft Graph) never carries app roles, and sign-in does not read it: roles come from the ID token.
        var oidc = Oidc;
        if (options.Value.Mode != AuthMode.Oidc || !oidc.GetClaimsFromUserInfoEndpoint)
        {
            return (ProviderAnswer.Ok, null);
        }

        try
        {
            var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(configuration.UserInfoEndpoint))
            {
                return (ProviderAnswer.Ok, null);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, configuration.UserInfoEndpoint);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await oidc.Backchannel.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? ProviderAnswer.Refused : ProviderAnswer.Unreachable, null);
            }

            // A signed userinfo response (application/jwt) is not read here: roles then come from the refreshed ID token.
            if (response.Content.Headers.ContentType?.MediaType != "application/json")
            {
                return (ProviderAnswer.Ok, null);
            }

            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            return (ProviderAnswer.Ok, json.RootElement.Clone());
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (ProviderAnswer.Unreachable, null);
        }
    }
}
