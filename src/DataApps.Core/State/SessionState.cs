using System.Collections;
using System.Diagnostics.CodeAnalysis;
using DataApps.State;

namespace DataApps;

/// <summary>
/// The session's state: values that live across reruns (<c>ui.State</c>). Widgets created with a
/// <c>key</c> are readable and settable here under that key; setting such a key moves the widget.
/// </summary>
/// <remarks>
/// Runs of two fragments may use it at the same moment (Note [Threading]): each call is safe on its own, but a read
/// followed by a write (<c>State["n"] = State.Get&lt;int&gt;("n") + 1</c>) is not one step; <see cref="Update{T}"/> is.
/// </remarks>
/// <example>
/// <code>
/// var count = ui.State.GetOrAdd("count", 0);
/// if (ui.Button("+1")) ui.State["count"] = count + 1;
/// </code>
/// </example>
public sealed class SessionState : IDictionary<string, object?>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly WidgetStore _widgets;

    internal SessionState(WidgetStore widgets) => _widgets = widgets;

    /// <summary>Gets or sets the value under <paramref name="key"/>; a widget's key reads or moves that widget.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">Nothing is stored under <paramref name="key"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// The key is a widget's that only the user can set (a button, an uploader, …), or that was already created in this run.
    /// </exception>
    public object? this[string key]
    {
        get => TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"ui.State has no key '{key}'. Set it first, or read it with ui.State.GetOrAdd(\"{key}\", …).");
        set
        {
            ArgumentNullException.ThrowIfNull(key);
            lock (_lock)
            {
                if (_widgets.TryGetByKey(key, out var widget))
                {
                    Policies.CheckStateWrite(widget, Runtime.AppSession.CallerRun); // Streamlit's rules: not a button, not after the widget
                    widget.Value = value;
                    widget.SetThroughState = true;
                }
                else
                {
                    _values[key] = value;
                }
            }
        }
    }

    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>, or <paramref name="defaultValue"/> when there is none.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="defaultValue">What to return when nothing is stored.</param>
    /// <exception cref="InvalidCastException">The stored value is of another type.</exception>
    public T Get<T>(string key, T defaultValue = default!) =>
        TryGetValue(key, out var value) ? Cast<T>(key, value) : defaultValue;

    /// <summary>The value under <paramref name="key"/>, first storing <paramref name="initial"/> when there is none.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="initial">The value to store when the key is new.</param>
    public T GetOrAdd<T>(string key, T initial)
    {
        lock (_lock)
        {
            if (TryGetValue(key, out var value))
            {
                return Cast<T>(key, value);
            }

            this[key] = initial;
            return initial;
        }
    }

    /// <summary>The value under <paramref name="key"/>, first storing what <paramref name="factory"/> makes when there is none.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="factory">Makes the value when the key is new; not called otherwise.</param>
    public T GetOrAdd<T>(string key, Func<T> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (TryGetValue(key, out var value))
        {
            return Cast<T>(key, value);
        }

        var created = factory(); // outside the lock: it is the caller's code
        lock (_lock)
        {
            if (TryGetValue(key, out value))
            {
                return Cast<T>(key, value); // another fragment's run stored one meanwhile
            }

            this[key] = created;
            return created;
        }
    }

    /// <summary>
    /// Replaces the value under <paramref name="key"/> with what <paramref name="update"/> makes of it, as one step: two
    /// fragments counting into the same key at the same moment both count.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="initial">The value <paramref name="update"/> gets when the key is new.</param>
    /// <param name="update">Makes the new value from the current one; it runs while other runs wait to use the state, so keep it short.</param>
    /// <returns>The new value.</returns>
    /// <exception cref="InvalidCastException">The stored value is of another type.</exception>
    /// <example><c>var hits = ui.State.Update("hits", 0, n =&gt; n + 1);</c></example>
    public T Update<T>(string key, T initial, Func<T, T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_lock)
        {
            var current = TryGetValue(key, out var value) ? Cast<T>(key, value) : initial;
            var next = update(current);
            this[key] = next;
            return next;
        }
    }

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_widgets.TryGetByKey(key, out var widget))
        {
            value = widget.Value;
            return true;
        }

        lock (_lock)
        {
            return _values.TryGetValue(key, out value);
        }
    }

    /// <inheritdoc />
    public bool ContainsKey(string key)
    {
        if (_widgets.TryGetByKey(key, out _))
        {
            return true;
        }

        lock (_lock)
        {
            return _values.ContainsKey(key);
        }
    }

    /// <inheritdoc />
    public void Add(string key, object? value)
    {
        lock (_lock)
        {
            if (ContainsKey(key))
            {
                throw new ArgumentException($"ui.State already has a key '{key}'.", nameof(key));
            }

            this[key] = value;
        }
    }

    /// <summary>Removes the value under <paramref name="key"/>; removing a widget's key resets that widget to its default.</summary>
    /// <param name="key">The key.</param>
    public bool Remove(string key)
    {
        if (_widgets.TryGetByKey(key, out var widget))
        {
            _widgets.Remove(widget);
            return true;
        }

        lock (_lock)
        {
            return _values.Remove(key);
        }
    }

    /// <summary>Removes every value and resets every keyed widget.</summary>
    public void Clear()
    {
        foreach (var key in _widgets.Keys.ToList())
        {
            Remove(key);
        }

        lock (_lock)
        {
            _values.Clear();
        }
    }

    /// <inheritdoc />
    public ICollection<string> Keys
    {
        get
        {
            lock (_lock)
            {
                return [.. _values.Keys, .. _widgets.Keys];
            }
        }
    }

    /// <inheritdoc />
    public ICollection<object?> Values => [.. this.Select(pair => pair.Value)];

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _values.Count + _widgets.Keys.Count;
            }
        }
    }

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        List<KeyValuePair<string, object?>> values;
        lock (_lock)
        {
            values = [.. _values]; // a snapshot: another fragment's run may change the state while the caller enumerates
        }

        foreach (var pair in values)
        {
            yield return pair;
        }

        foreach (var widget in _widgets.All)
        {
            if (widget.Key is not null)
            {
                yield return new(widget.Key, widget.Value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        // Not this.ToList(): List<T>'s constructor calls CopyTo on an ICollection<T>, which recursed until the stack overflowed.
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count)
        {
            throw new ArgumentException("The array is too small to hold the state from that index.", nameof(array));
        }

        foreach (var pair in this)
        {
            array[arrayIndex++] = pair;
        }
    }

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)this).Contains(item) && Remove(item.Key);

    /// <summary>Takes a value set under a widget's key before the widget existed, so the new widget starts from it.</summary>
    internal bool TryTakeUnbound(string key, out object? value)
    {
        lock (_lock)
        {
            return _values.Remove(key, out value);
        }
    }

    private static T Cast<T>(string key, object? value) => value switch
    {
        T typed => typed,
        null when default(T) is null => default!,
        _ => throw new InvalidCastException(
            $"ui.State[\"{key}\"] holds {Describe(value)}, not {Runtime.TypeNames.Of(typeof(T))}."),
    };

    internal static string Describe(object? value) => value is null ? "null" : $"a {Runtime.TypeNames.Of(value.GetType())}";
}
