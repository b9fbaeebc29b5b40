using System.Globalization;

namespace DataApps;

/// <summary>How <see cref="Csv"/> reads and writes CSV text.</summary>
/// <example><c>var df = Csv.ReadFile("sales.csv", new CsvOptions { Separator = ';', Culture = CultureInfo.GetCultureInfo("de-DE") });</c></example>
public sealed record CsvOptions
{
    /// <summary>The default options: separator detected from the first line, a header row, invariant culture.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>The field separator; <c>null</c> detects <c>,</c>, <c>;</c> or tab from the first line when reading (and writes <c>,</c>).</summary>
    public char? Separator { get; init; }

    /// <summary>Whether the first row holds the column names; without one, columns are named <c>Column1</c>, <c>Column2</c>, ….</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>The culture of numbers and dates in the text (decimal separator, day/month order); invariant by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// Column types to use instead of inferring them, by column name: <see cref="int"/>, <see cref="long"/>, <see cref="float"/>,
    /// <see cref="double"/>, <see cref="decimal"/>, <see cref="bool"/>, <see cref="DateTime"/> or <see cref="string"/>.
    /// </summary>
    /// <example><c>new CsvOptions { ColumnTypes = new Dictionary&lt;string, Type&gt; { ["zip"] = typeof(string) } }</c></example>
    public IReadOnlyDictionary<string, Type>? ColumnTypes { get; init; }

    /// <summary>Whether columns are built on several threads; on by default.</summary>
    public bool Parallel { get; init; } = true;
}
