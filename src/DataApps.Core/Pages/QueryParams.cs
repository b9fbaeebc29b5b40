using System.Globalization;
using System.Text;

namespace DataApps;

/// <summary>
/// The query parameters of the page's URL (<c>?species=adelie&amp;n=5</c>), read and written by the script as
/// <c>ui.QueryParams</c>. They are read from the URL when the page opens; what the script writes shows in the browser's
/// address bar at once, without reloading, so a bookmarked or shared URL opens the page in the same state.
/// </summary>
/// <remarks>
/// Values are strings; a key may carry several values (<c>?tag=a&amp;tag=b</c>), of which the indexer reads the last.
/// Writing does not rerun the page. Navigating to another page starts with that page's URL parameters.
/// </remarks>
/// <example>
/// <code>
/// var species = ui.SelectBox("Species", names, index: Array.IndexOf(names, ui.QueryParams["species"]));
/// ui.QueryParams["species"] = species;
/// </code>
/// </example>
public sealed class QueryParams
{
    private readonly Lock _gate = new();
    private readonly List<KeyValuePair<string, string>> _items = [];

    /// <summary>Raised after each change made through this object (not by <see cref="Load"/>).</summary>
    internal event Action? Changed;

    /// <summary>The last value of <paramref name="key"/>, or <c>null</c> when the URL does not have it; setting replaces every value, and <c>null</c> removes the key.</summary>
    /// <param name="key">The parameter name (case-sensitive, as in URLs).</param>
    /// <example><c>var tab = ui.QueryParams["tab"] ?? "summary";</c></example>
    public string? this[string key]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(key);
            lock (_gate)
            {
                return _items.LastOrDefault(i => i.Key == key).Value;
            }
        }

        set
        {
            if (value is null)
            {
                Remove(key);
            }
            else
            {
                SetAll(key, [value]);
            }
        }
    }

    /// <summary>The parameter names, in URL order.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_gate)
            {
                return [.. _items.Select(i => i.Key).Distinct(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>How many distinct parameter names there are.</summary>
    public int Count => Keys.Count;

    /// <summary>Whether the URL has the parameter <paramref name="key"/>.</summary>
    /// <param name="key">The parameter name.</param>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return _items.Exists(i => i.Key == key);
        }
    }

    /// <summary>Every value of <paramref name="key"/>, in URL order (empty when missing).</summary>
    /// <param name="key">The parameter name.</param>
    /// <example><c>var tags = ui.QueryParams.GetAll("tag");</c></example>
    public IReadOnlyList<string> GetAll(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return [.. _items.Where(i => i.Key == key).Select(i => i.Value)];
        }
    }

    /// <summary>The value of <paramref name="key"/> parsed (invariant culture), or <paramref name="fallback"/> when it is missing or does not parse.</summary>
    /// <typeparam name="T">A parsable type: <c>int</c>, <c>double</c>, <c>DateOnly</c>, <c>Guid</c>, …</typeparam>
    /// <param name="key">The parameter name.</param>
    /// <param name="fallback">The value when the URL has none (or a malformed one).</param>
    /// <example><c>var n = ui.Slider("n", 1, 100, ui.QueryParams.Get("n", 10));</c></example>
    public T Get<T>(string key, T fallback)
        where T : IParsable<T> =>
        this[key] is { } text && T.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>, formatted with the invariant culture (dates as ISO 8601); <c>null</c> removes it.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The parameter name.</param>
    /// <param name="value">The value.</param>
    /// <example><c>ui.QueryParams.Set("n", n);</c></example>
    public void Set<T>(string key, T? value) =>
        this[key] = value switch
        {
            null => null,
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), // ISO dates read well in a URL
            DateTime or DateTimeOffset => ((IFormattable)value).ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

    /// <summary>Replaces every value of <paramref name="key"/> with <paramref name="values"/> (none removes the key).</summary>
    /// <param name="key">The parameter name.</param>
    /// <param name="values">The new values, in order.</param>
    /// <example><c>ui.QueryParams.SetAll("tag", selectedTags);</c></example>
    public void SetAll(string key, IEnumerable<string> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Exists(v => v is null))
        {
            throw new ArgumentException("A query parameter value cannot be null.", nameof(values));
        }

        lock (_gate)
        {
            // The key keeps its place in the URL when it had one.
            var at = _items.FindIndex(i => i.Key == key);
            if (_items.Where(i => i.Key == key).Select(i => i.Value).SequenceEqual(list, StringComparer.Ordinal))
            {
                return;
            }

            _items.RemoveAll(i => i.Key == key);
            _items.InsertRange(at < 0 ? _items.Count : Math.Min(at, _items.Count), list.Select(v => KeyValuePair.Create(key, v)));
        }

        Changed?.Invoke();
    }

    /// <summary>Removes <paramref name="key"/> with all its values.</summary>
    /// <param name="key">The parameter name.</param>
    /// <returns>Whether the URL had it.</returns>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int removed;
        lock (_gate)
        {
            removed = _items.RemoveAll(i => i.Key == key);
        }

        if (removed > 0)
        {
            Changed?.Invoke();
        }

        return removed > 0;
    }

    /// <summary>Removes every parameter.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_items.Count == 0)
            {
                return;
            }

            _items.Clear();
        }

        Changed?.Invoke();
    }

    /// <summary>The parameters as a URL query, <c>?a=1&amp;b=x%20y</c>, or an empty string when there are none.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return Format(_items);
        }
    }

    /// <summary>Replaces every parameter with those of <paramref name="query"/> (from the URL), without raising <see cref="Changed"/>.</summary>
    /// <param name="query">A URL query, with or without the leading <c>?</c>; a whole URL is accepted too.</param>
    internal void Load(string? query)
    {
        var parsed = Parse(query);
        lock (_gate)
        {
            _items.Clear();
            _items.AddRange(parsed);
        }
    }

    /// <summary>The canonical form of a URL query (as <see cref="ToString"/> writes it), to compare two queries.</summary>
    /// <param name="query">A URL query or a whole URL.</param>
    internal static string Normalize(string? query) => Format(Parse(query));

    internal static List<KeyValuePair<string, string>> Parse(string? query)
    {
        var items = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(query))
        {
            return items;
        }

        var start = query.IndexOf('?');
        var text = start >= 0 ? query[(start + 1)..] : query;
        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            text = text[..hash];
        }

        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var key = Decode(eq < 0 ? part : part[..eq]);
            if (key.Length > 0)
            {
                items.Add(KeyValuePair.Create(key, eq < 0 ? "" : Decode(part[(eq + 1)..])));
            }
        }

        return items;
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text; // a malformed escape reads as written
        }
    }

    private static string Format(List<KeyValuePair<string, string>> items)
    {
        if (items.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var (key, value) in items)
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }
}
