using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;

namespace DataApps.Auth;

/// <summary>The claims DataApps adds to every sign-in: its id (for sign-out) and when it ends.</summary>
internal static class SignInClaims
{
    /// <summary>A random id for one sign-in, shared by its tabs.</summary>
    public const string SignInId = "dataapps:signin";

    /// <summary>When the sign-in ends (Unix seconds); open pages close then.</summary>
    public const string Expires = "dataapps:expires";

    /// <summary>Adds the sign-in id and end to <paramref name="identity"/>.</summary>
    public static DateTimeOffset Stamp(ClaimsIdentity identity, DateTimeOffset now, TimeSpan lifetime)
    {
        var expires = now + lifetime;
        identity.AddClaim(new Claim(SignInId, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
        identity.AddClaim(new Claim(Expires, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        return expires;
    }

    /// <summary>Whether the sign-in of <paramref name="principal"/> is over: expired, or ended by sign-out.</summary>
    public static bool HasEnded(ClaimsPrincipal principal, DateTimeOffset now, SignOutRegistry signOuts)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var expires = principal.FindFirst(Expires)?.Value;
        return signOuts.HasEnded(principal.FindFirst(SignInId)?.Value)
            || (long.TryParse(expires, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && DateTimeOffset.FromUnixTimeSeconds(seconds) <= now);
    }
}
