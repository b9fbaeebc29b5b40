using System.Collections.Concurrent;
using System.Globalization;
using DataApps.Hosting.Operations;
using StackExchange.Redis;

namespace DataApps.Auth;

/// <summary>The sign-ins that ended by sign-out before their cookie expired: their cookie is refused from then on and their open pages close.</summary>
/// <remarks>
/// Each sign-in carries a random id (<see cref="SignInClaims.SignInId"/>). Sign-out records it until the sign-in would have
/// expired anyway, so a copy of the cookie taken before sign-out no longer works, and circuits of that sign-in (other tabs)
/// lose their user at their next revalidation.
/// <para>
/// Note [Shared sign-outs]: with <c>DataApps:Redis</c> the record is one Redis key per sign-in (<c>DataApps:SignOut:{id}</c>,
/// expiring when the sign-in would have), so every replica, and a replica after a restart, refuses the sign-in. Lookups run
/// on every authenticated request, so they stay cheap: an ended sign-in is remembered locally for good, and a sign-in found
/// not ended is not asked about again for <see cref="NotEndedFor"/> (a sign-out on another replica reaches this one within
/// that time; on this replica at once). While Redis cannot be reached the replica goes on with its local record and writes
/// it to Redis when the connection is back (<see cref="RedisConnection"/> logs the outage once). Without Redis the record
/// is in memory: it reaches only the replica that served the sign-out and is lost on restart.
/// </para>
/// </remarks>
internal sealed class SignOutRegistry
{
    /// <summary>How long a sign-in found not ended is not looked up in Redis again.</summary>
    internal static readonly TimeSpan NotEndedFor = TimeSpan.FromSeconds(1);

    private const string KeyPrefix = "DataApps:SignOut:";
    private readonly TimeProvider _time;
    private readonly RedisConnection? _redis;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ended = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notEnded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _unsaved = new(StringComparer.Ordinal);

    /// <summary>A record in memory, or in Redis when <paramref name="redis"/> is given.</summary>
    public SignOutRegistry(TimeProvider time, RedisConnection? redis = null)
    {
        _time = time;
        _redis = redis;
        if (redis is not null)
        {
            redis.Connected += Save;
        }
    }

    /// <summary>Records that the sign-in <paramref name="signInId"/> ended; remembered until <paramref name="until"/>.</summary>
    public void End(string signInId, DateTimeOffset until)
    {
        var now = _time.GetUtcNow();
        Prune(_ended, now);
        _ended[signInId] = until;
        _notEnded.TryRemove(signInId, out _);
        if (_redis is null)
        {
            return;
        }

        _unsaved[signInId] = until;
        if (_redis.Database is { } database)
        {
            Try(() => Save(database));
        }
    }

    /// <summary>Whether the sign-in <paramref name="signInId"/> was signed out (on any replica, with Redis).</summary>
    public bool HasEnded(string? signInId)
    {
        if (signInId is null)
        {
            return false;
        }

        var now = _time.GetUtcNow();
        if (_ended.TryGetValue(signInId, out var until) && until > now)
        {
            return true;
        }

        if (_redis is null || (_notEnded.TryGetValue(signInId, out var askAgain) && askAgain > now) || _redis.Database is not { } database)
        {
            return false;
        }

        var ended = false;
        Try(() =>
        {
            if (!_unsaved.IsEmpty)
            {
                Save(database); // a write that failed on a connection that stayed up
            }

            var value = database.StringGet(KeyPrefix + signInId);
            if (value.HasValue && long.TryParse((string?)value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                _ended[signInId] = DateTimeOffset.FromUnixTimeSeconds(seconds);
                ended = true;
            }
            else
            {
                if (_notEnded.Count > 4096)
                {
                    Prune(_notEnded, now);
                }

                _notEnded[signInId] = now + NotEndedFor;
            }
        });
        return ended;
    }

    // Writes the sign-outs recorded while Redis could not be reached (or just now), each expiring when its sign-in would have.
    private void Save(IDatabase database)
    {
        var now = _time.GetUtcNow();
        foreach (var (id, until) in _unsaved)
        {
            if (until > now)
            {
                database.StringSet(KeyPrefix + id, until.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), until - now);
            }

            _unsaved.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, until));
        }
    }

    private void Try(Action action)
    {
        try
        {
            action();
        }
        catch (RedisException e)
        {
            _redis!.Failed(e);
        }
    }

    private static void Prune(ConcurrentDictionary<string, DateTimeOffset> record, DateTimeOffset now)
    {
        foreach (var (id, expires) in record)
        {
            if (expires <= now)
            {
                record.TryRemove(id, out _);
            }
        }
    }
}
