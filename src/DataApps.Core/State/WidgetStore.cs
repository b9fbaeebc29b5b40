namespace DataApps.State;

/// <summary>What the session remembers of one widget between runs.</summary>
/// <remarks>
/// Its fields are written by the run that renders the widget or applies a value to it: a fragment's widgets by that
/// fragment's runs (one at a time) or by a full run, the others by full runs only; a full run runs alone (Note [Threading]).
/// </remarks>
internal sealed class WidgetState(string id, string? key, IWidgetSpec spec, object? value)
{
    private object? _value = value;

    public string Id { get; } = id;

    public string? Key { get; } = key;

    /// <summary>The spec of the last run that rendered the widget: it decodes the next browser value and holds the callback.</summary>
    public IWidgetSpec Spec { get; set; } = spec;

    /// <summary>The typed value the script sees; <c>ui.State</c> may set it from another fragment's run.</summary>
    public object? Value
    {
        get => Volatile.Read(ref _value);
        set => Volatile.Write(ref _value, value);
    }

    /// <summary>The number of the last run that rendered the widget.</summary>
    public int LastRun { get; set; }

    /// <summary>Whether code set <see cref="Value"/> through <c>ui.State</c> since the widget last rendered (checked, then cleared, when it renders).</summary>
    public bool SetThroughState { get; set; }

    /// <summary>How many values from the browser the session has refused for this widget; its element carries the count, so the browser shows the kept value again.</summary>
    public int Refusals { get; set; }

    /// <summary>The fragment the widget is in; an interaction with it reruns only that fragment.</summary>
    public string? FragmentId { get; set; }
}

/// <summary>The widgets of one session, by identity and by user key; safe to use from runs of several fragments at once.</summary>
internal sealed class WidgetStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, WidgetState> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WidgetState> _byKey = new(StringComparer.Ordinal);
    private readonly List<WidgetState> _scratch = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byId.Count;
            }
        }
    }

    /// <summary>A snapshot of every widget.</summary>
    public IReadOnlyList<WidgetState> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _byId.Values];
            }
        }
    }

    /// <summary>A snapshot of the user keys.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_lock)
            {
                return [.. _byKey.Keys];
            }
        }
    }

    public bool TryGet(string id, out WidgetState state)
    {
        lock (_lock)
        {
            return _byId.TryGetValue(id, out state!);
        }
    }

    public bool TryGetByKey(string key, out WidgetState state)
    {
        lock (_lock)
        {
            return _byKey.TryGetValue(key, out state!);
        }
    }

    /// <summary>Adds a widget; when one with its identity was added meanwhile, that one stays and is returned.</summary>
    public WidgetState Add(WidgetState state)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(state.Id, out var existing))
            {
                return existing;
            }

            _byId.Add(state.Id, state);
            if (state.Key is not null)
            {
                _byKey[state.Key] = state;
            }

            return state;
        }
    }

    public void Remove(WidgetState state)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(state.Id, out var current) && ReferenceEquals(current, state))
            {
                _byId.Remove(state.Id);
            }

            if (state.Key is not null && _byKey.TryGetValue(state.Key, out var keyed) && ReferenceEquals(keyed, state))
            {
                _byKey.Remove(state.Key);
            }
        }
    }

    /// <summary>Forgets the widgets that run <paramref name="run"/> did not render (of one fragment, for a fragment run), as Streamlit does.</summary>
    public void RemoveUnrendered(int run, string? fragmentId = null)
    {
        lock (_lock)
        {
            foreach (var state in _byId.Values)
            {
                if (state.LastRun != run && (fragmentId is null || state.FragmentId == fragmentId))
                {
                    _scratch.Add(state);
                }
            }

            foreach (var state in _scratch)
            {
                Remove(state);
            }

            _scratch.Clear();
        }
    }

    /// <summary>Sets every trigger back once a full run (which runs alone) has seen it: a button to false, a chat input's message to null.</summary>
    public void ResetTriggers()
    {
        lock (_lock)
        {
            foreach (var state in _byId.Values)
            {
                Reset(state);
            }
        }
    }

    /// <summary>
    /// Sets back the triggers one fragment run has seen: those it rendered (<paramref name="run"/>) or applied a click to. A click
    /// another fragment's run has applied but not read yet stays.
    /// </summary>
    public void ResetTriggers(int run, IReadOnlyCollection<WidgetState> applied)
    {
        lock (_lock)
        {
            foreach (var state in _byId.Values)
            {
                if (state.LastRun == run)
                {
                    Reset(state);
                }
            }

            foreach (var state in applied)
            {
                Reset(state);
            }
        }
    }

    private static void Reset(WidgetState state)
    {
        if (state.Spec.IsTrigger && state.Value is not (null or false))
        {
            state.Value = state.Value is bool ? false : null;
        }
    }
}
