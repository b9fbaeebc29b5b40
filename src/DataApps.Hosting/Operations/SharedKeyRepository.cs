using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace DataApps.Hosting.Operations;

/// <summary>
/// The data-protection key ring shared through Redis (one list, the format of ASP.NET Core's own Redis repository), with a
/// local copy that serves while Redis cannot be reached (Note [Redis is optional at run time] in <see cref="RedisConnection"/>).
/// </summary>
/// <remarks>
/// The local copy holds every key this replica read or made. A key made while Redis is down stays on this replica (its
/// cookies work here) and is written to Redis when the connection comes back, so other replicas read it at their next key
/// ring refresh. The local copy lives in memory: keys made during an outage are lost if the replica restarts before Redis
/// answers again (the cookies they protected then ask to sign in again).
/// </remarks>
internal sealed class SharedKeyRepository : IXmlRepository
{
    private readonly RedisConnection _redis;
    private readonly RedisKey _key;
    private readonly Lock _lock = new();
    private readonly Lock _saving = new(); // one writer at a time, so a key is pushed once
    private readonly List<XElement> _local = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<string> _unsaved = [];

    public SharedKeyRepository(RedisConnection redis, RedisKey key)
    {
        _redis = redis;
        _key = key;
        redis.Connected += Save;
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        if (_redis.Database is { } database)
        {
            try
            {
                Save(database);
                foreach (var value in database.ListRange(_key))
                {
                    Remember((string)value!);
                }
            }
            catch (RedisException e)
            {
                _redis.Failed(e);
            }
        }

        lock (_lock)
        {
            return [.. _local.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var text = element.ToString(SaveOptions.DisableFormatting);
        lock (_lock)
        {
            Remember(text);
            _unsaved.Add(text);
        }

        if (_redis.Database is { } database)
        {
            try
            {
                Save(database);
            }
            catch (RedisException e)
            {
                _redis.Failed(e);
            }
        }
    }

    // Writes what was stored while Redis could not be reached (or just now), oldest first.
    private void Save(IDatabase database)
    {
        lock (_saving)
        {
            SaveUnsaved(database);
        }
    }

    private void SaveUnsaved(IDatabase database)
    {
        while (true)
        {
            string next;
            lock (_lock)
            {
                if (_unsaved.Count == 0)
                {
                    return;
                }

                next = _unsaved[0];
            }

            database.ListRightPush(_key, next);
            lock (_lock)
            {
                _unsaved.Remove(next);
            }
        }
    }

    private void Remember(string text)
    {
        lock (_lock)
        {
            if (_known.Add(text))
            {
                _local.Add(XElement.Parse(text));
            }
        }
    }
}
