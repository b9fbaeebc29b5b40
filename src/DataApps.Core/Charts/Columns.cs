using System.Collections;
using System.Runtime.CompilerServices;

namespace DataApps;

/// <summary>One or many column names: <c>y: "loss"</c> and <c>y: ["loss", "val_loss"]</c> both convert to it.</summary>
/// <remarks>Compared by the names, so chart elements that name the same columns are equal.</remarks>
[CollectionBuilder(typeof(Columns), nameof(Create))]
public readonly record struct Columns : IEnumerable<string>
{
    private readonly EquatableArray<string> _names;

    /// <summary>Names the given columns.</summary>
    /// <param name="names">The column names, in order.</param>
    public Columns(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names.Where(n => !string.IsNullOrEmpty(n)).ToArray();
    }

    /// <summary>No columns: the chart picks its default (every numeric column but <c>x</c>).</summary>
    public static Columns None => default;

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>How many columns are named.</summary>
    public int Count => _names.Count;

    /// <summary>Whether no column is named.</summary>
    public bool IsEmpty => _names.Count == 0;

    /// <summary>One column.</summary>
    /// <param name="name">The column name.</param>
    public static implicit operator Columns(string? name) => name is null ? default : new Columns(name);

    /// <summary>Several columns.</summary>
    /// <param name="names">The column names.</param>
    public static implicit operator Columns(string[]? names) => names is null ? default : new Columns(names);

    /// <summary>One column (for languages without implicit conversions).</summary>
    /// <param name="name">The column name.</param>
    public static Columns FromString(string? name) => name;

    /// <summary>Several columns (for languages without implicit conversions).</summary>
    /// <param name="names">The column names.</param>
    public static Columns FromStringArray(string[]? names) => names;

    /// <summary>Names the given columns; the target of a collection expression such as <c>["loss", "val_loss"]</c>.</summary>
    /// <param name="names">The column names, in order.</param>
    public static Columns Create(ReadOnlySpan<string> names) => new(names.ToArray());

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => _names.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _names);
}
