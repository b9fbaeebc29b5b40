namespace DataApps.Caching;

/// <summary>
/// The keys one call site holds in one scope, most recently used first: it enforces <c>maxEntries</c> (HybridCache has
/// no count limit) and lets <c>Clear()</c> and the end of a session remove entries at once instead of leaving them in memory.
/// </summary>
internal sealed class EntryTracker
{
    private readonly Lock _lock = new();
    private readonly LinkedList<string> _order = [];
    private readonly Dictionary<string, LinkedListNode<string>> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _expires = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _nodes.Count;
            }
        }
    }

    /// <summary>Marks <paramref name="key"/> as just used.</summary>
    public void Touch(string key)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(key, out var node) && node.Previous is not null)
            {
                _order.Remove(node);
                _order.AddFirst(node);
            }
        }
    }

    /// <summary>
    /// Records a new entry; returns the keys to remove: those whose ttl has passed (so keys never asked for again do not
    /// pile up) and the least recently used beyond <paramref name="maxEntries"/>.
    /// </summary>
    public List<string>? Add(string key, int? maxEntries, DateTimeOffset expires, DateTimeOffset now)
    {
        lock (_lock)
        {
            List<string>? evicted = null;
            if (_expires.Count > 0)
            {
                foreach (var (tracked, at) in _expires)
                {
                    if (at <= now && tracked != key)
                    {
                        (evicted ??= []).Add(tracked);
                    }
                }

                evicted?.ForEach(Drop);
            }

            if (expires != DateTimeOffset.MaxValue)
            {
                _expires[key] = expires;
            }
            else
            {
                _expires.Remove(key);
            }

            if (_nodes.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
            }
            else
            {
                _nodes[key] = _order.AddFirst(key);
            }

            while (maxEntries is { } max && _nodes.Count > Math.Max(max, 1))
            {
                var last = _order.Last!.Value;
                Drop(last);
                (evicted ??= []).Add(last);
            }

            return evicted;
        }
    }

    /// <summary>Forgets one key (it expired).</summary>
    public void Forget(string key)
    {
        lock (_lock)
        {
            Drop(key);
        }
    }

    /// <summary>Forgets every key and returns them.</summary>
    public string[] TakeAll()
    {
        lock (_lock)
        {
            var keys = _nodes.Keys.ToArray();
            _nodes.Clear();
            _order.Clear();
            _expires.Clear();
            return keys;
        }
    }

    private void Drop(string key)
    {
        if (_nodes.Remove(key, out var node))
        {
            _order.Remove(node);
        }

        _expires.Remove(key);
    }
}
