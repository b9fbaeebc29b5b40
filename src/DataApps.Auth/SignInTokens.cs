using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace DataApps.Auth;

/// <summary>The provider's tokens of one sign-in, as the cookie keeps them (<c>SaveTokens</c>).</summary>
internal sealed record SignInTokens(string? AccessToken, string? RefreshToken, string? IdToken, DateTimeOffset? ExpiresAt)
{
    /// <summary>The tokens stored in <paramref name="properties"/>, or <c>null</c> when it holds none.</summary>
    public static SignInTokens? From(AuthenticationProperties properties)
    {
        var access = properties.GetTokenValue("access_token");
        var refresh = properties.GetTokenValue("refresh_token");
        var id = properties.GetTokenValue("id_token");
        DateTimeOffset? expires = properties.GetTokenValue("expires_at") is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
        return access is null && refresh is null && id is null ? null : new SignInTokens(access, refresh, id, expires);
    }

    /// <summary>Stores these tokens in <paramref name="properties"/>, keeping any other token there.</summary>
    public void StoreIn(AuthenticationProperties properties)
    {
        var stored = properties.GetTokens().ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);
        Set("access_token", AccessToken);
        Set("refresh_token", RefreshToken);
        Set("id_token", IdToken);
        Set("expires_at", ExpiresAt?.ToString("o", CultureInfo.InvariantCulture));
        properties.StoreTokens(stored.Select(t => new AuthenticationToken { Name = t.Key, Value = t.Value }));

        void Set(string name, string? value)
        {
            if (value is null)
            {
                stored.Remove(name);
            }
            else
            {
                stored[name] = value;
            }
        }
    }

    /// <summary>Whether these tokens were issued after <paramref name="other"/> (they expire later).</summary>
    public bool IsNewerThan(SignInTokens? other) =>
        other is null || (ExpiresAt is { } mine && (other.ExpiresAt is not { } theirs || mine > theirs));
}
