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

    /// <summary>
    /// Whether writing neutralises spreadsheet formulas in text: a text field (or column name) that starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a leading <c>'</c>, so Excel, LibreOffice and
    /// Google Sheets show it as text instead of running <c>=HYPERLINK(…)</c> or <c>=cmd|…</c> (OWASP's rule for CSV
    /// injection). On by default. Numbers, dates and booleans are never changed, nor is text that is a plain number
    /// (<c>-5</c>, <c>+1.5e3</c>). Turn it off for CSV meant for programs, not spreadsheets: with it on, text such as
    /// <c>-abc</c> reads back as <c>'-abc</c>.
    /// </summary>
    /// <example><c>Csv.Write(df, stream, new CsvOptions { EscapeFormulas = false });</c></example>
    public bool EscapeFormulas { get; init; } = true;

    /// <summary>Whether columns are built on several threads; on by default.</summary>
    public bool Parallel { get; init; } = true;
}
