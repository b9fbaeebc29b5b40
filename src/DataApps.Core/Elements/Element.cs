using System.Collections.Concurrent;
using System.Text;

namespace DataApps;

/// <summary>The base of every piece of page output: an immutable record of pure data, compared by value.</summary>
/// <remarks>
/// A verb on <see cref="Ui"/> builds the element; a renderer registered for its type shows it.
/// Renderers skip work when the element of a rerun equals the previous one, so elements must
/// hold only data that decides what is shown.
/// </remarks>
public abstract record Element
{
    private static readonly ConcurrentDictionary<Type, string> Kinds = new();

    /// <summary>The element's kind in kebab case, derived from the type name (<c>SelectBoxElement</c> → <c>select-box</c>).</summary>
    /// <remarks>Renderers put it on the element's root DOM node as <c>data-element</c>.</remarks>
    public string Kind => Kinds.GetOrAdd(GetType(), static t => KindOf(t.Name));

    private static string KindOf(string typeName)
    {
        // The arity first: ChartElement`1 is "chart", not "chart-element".
        var backtick = typeName.IndexOf('`', StringComparison.Ordinal);
        var name = backtick >= 0 ? typeName[..backtick] : typeName;
        if (name.EndsWith("Element", StringComparison.Ordinal))
        {
            name = name[..^"Element".Length];
        }

        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
