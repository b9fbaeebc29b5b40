namespace DataApps.State;

/// <summary>What the session remembers of one widget between runs.</summary>
internal sealed class WidgetState(string id, string? key, IWidgetSpec spec, object? value)
{
    public string Id { get; } = id;

    public string? Key { get; } = key;

    /// <summary>The spec of the last run that rendered the widget: it decodes the next browser value and holds the callback.</summary>
    public IWidgetSpec Spec { get; set; } = spec;

    /// <summary>The typed value the script sees.</summary>
    public object? Value { get; set; } = value;

    /// <summary>The number of the last run that rendered the widget.</summary>
    public int LastRun { get; set; }

    /// <summary>The fragment the widget is in; an interaction with it reruns only that fragment.</summary>
    public string? FragmentId { get; set; }
}

/// <summary>The widgets of one session, by identity and by user key.</summary>
internal sealed class WidgetStore
{
    private readonly Dictionary<string, WidgetState> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WidgetState> _byKey = new(StringComparer.Ordinal);
    private readonly List<WidgetState> _scratch = [];

    public int Count => _byId.Count;

    public IEnumerable<WidgetState> All => _byId.Values;

    public IEnumerable<string> Keys => _byKey.Keys;

    public bool TryGet(string id, out WidgetState state) => _byId.TryGetValue(id, out state!);

    public bool TryGetByKey(string key, out WidgetState state) => _byKey.TryGetValue(key, out state!);

    public void Add(WidgetState state)
    {
        _byId.Add(state.Id, state);
        if (state.Key is not null)
        {
            _byKey.Add(state.Key, state);
        }
    }

    public void Remove(WidgetState state)
    {
        _byId.Remove(state.Id);
        if (state.Key is not null)
        {
            _byKey.Remove(state.Key);
        }
    }

    /// <summary>Forgets the widgets that run <paramref name="run"/> did not render (of one fragment, for a fragment run), as Streamlit does.</summary>
    public void RemoveUnrendered(int run, string? fragmentId = null)
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

    /// <summary>Sets every trigger back once a run has seen it: a button to false, a chat input's message to null.</summary>
    public void ResetTriggers()
    {
        foreach (var state in _byId.Values)
        {
            if (state.Spec.IsTrigger && state.Value is not (null or false))
            {
                state.Value = state.Value is bool ? false : null;
            }
        }
    }
}
