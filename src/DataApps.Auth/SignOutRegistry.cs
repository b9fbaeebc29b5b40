using System.Collections.Concurrent;

namespace DataApps.Auth;

/// <summary>The sign-ins that ended by sign-out before their cookie expired: their cookie is refused from then on and their open pages close.</summary>
/// <remarks>
/// Each sign-in carries a random id (<see cref="SignInClaims.SignInId"/>). Sign-out records it here until the sign-in would
/// have expired anyway, so a copy of the cookie taken before sign-out no longer works, and circuits of that sign-in (other
/// tabs) lose their user at their next revalidation. Kept in memory: with several replicas the record reaches only the one
/// that served the sign-out.
/// </remarks>
internal sealed class SignOutRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ended = new(StringComparer.Ordinal);

    /// <summary>Records that the sign-in <paramref name="signInId"/> ended; remembered until <paramref name="until"/>.</summary>
    public void End(string signInId, DateTimeOffset until)
    {
        var now = time.GetUtcNow();
        foreach (var (id, expires) in _ended)
        {
            if (expires <= now)
            {
                _ended.TryRemove(id, out _);
            }
        }

        _ended[signInId] = until;
    }

    /// <summary>Whether the sign-in <paramref name="signInId"/> was signed out.</summary>
    public bool HasEnded(string? signInId) => signInId is not null && _ended.ContainsKey(signInId);
}
