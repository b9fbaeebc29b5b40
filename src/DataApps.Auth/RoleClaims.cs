using System.Security.Claims;
using System.Text.Json;

namespace DataApps.Auth;

/// <summary>Finds the user's roles in the claim the configuration names (<see cref="DataAppsAuthOptions.RoleClaim"/>) and gives them the one claim type pages check.</summary>
/// <remarks>
/// Providers put roles in different places: Entra sends one <c>roles</c> claim per role, Keycloak a JSON object
/// <c>realm_access</c> holding <c>roles</c>, others a JSON array in a custom claim or in the userinfo response. A dotted path
/// walks into JSON; arrays give one role per entry.
/// </remarks>
internal static class RoleClaims
{
    /// <summary>The claim type every sign-in stores roles under (the identity's <see cref="ClaimsIdentity.RoleClaimType"/>).</summary>
    public const string Type = "role";

    /// <summary>The roles at <paramref name="path"/> in the principal's claims and, if given, in the userinfo response.</summary>
    public static IEnumerable<string> Find(ClaimsPrincipal principal, string path, JsonElement? userInfo = null)
    {
        var found = new List<string>();
        var segments = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return found;
        }

        // The whole path as one claim type ("roles", "groups", "cognito:groups", or a URL-like custom claim); Entra's
        // "roles" arrives as ClaimTypes.Role when the handler maps inbound claims (Microsoft.Identity.Web does).
        foreach (var claim in principal.Claims.Where(c => c.Type == path || (path is "roles" or "role" && c.Type == ClaimTypes.Role)))
        {
            AddValue(found, claim.Value, []);
        }

        // A JSON claim walked by the rest of the path ("realm_access" → "roles").
        if (segments.Length > 1)
        {
            foreach (var claim in principal.FindAll(segments[0]))
            {
                AddValue(found, claim.Value, segments[1..]);
            }
        }

        if (userInfo is { ValueKind: JsonValueKind.Object } info)
        {
            AddJson(found, info, segments);
        }

        return found.Distinct(StringComparer.Ordinal);
    }

    /// <summary>Adds <paramref name="roles"/> to <paramref name="identity"/> as <see cref="Type"/> claims, once each.</summary>
    public static void AddTo(ClaimsIdentity identity, IEnumerable<string> roles)
    {
        foreach (var role in roles)
        {
            if (!identity.HasClaim(Type, role))
            {
                identity.AddClaim(new Claim(Type, role));
            }
        }
    }

    private static void AddValue(List<string> found, string value, string[] rest)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('[') || trimmed.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(value);
                AddJson(found, json.RootElement, rest);
                return;
            }
            catch (JsonException)
            {
                // Not JSON after all: a role name that starts with a bracket.
            }
        }

        if (rest.Length == 0 && value.Length > 0)
        {
            found.Add(value);
        }
    }

    private static void AddJson(List<string> found, JsonElement element, ReadOnlySpan<string> path)
    {
        foreach (var segment in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element))
            {
                return;
            }
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String when element.GetString() is { Length: > 0 } role:
                found.Add(role);
                break;
            case JsonValueKind.Array:
                found.AddRange(element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(r => r.Length > 0));
                break;
        }
    }
}
