using System.Globalization;

namespace DataApps;

/// <summary>How a table column shows its values (<c>ui.DataFrame(df, columns: [...])</c>).</summary>
public enum ColumnType
{
    /// <summary>Chosen from the column's data type.</summary>
    Auto,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A number, right-aligned, with an optional .NET format (<c>"N2"</c>).</summary>
    Number,

    /// <summary>A fraction shown as a percentage (0.25 → 25 %).</summary>
    Percent,

    /// <summary>An amount of money.</summary>
    Currency,

    /// <summary>A date or date and time.</summary>
    Date,

    /// <summary>A bar filled between <see cref="Column.Min"/> and <see cref="Column.Max"/>.</summary>
    Progress,

    /// <summary>A clickable URL.</summary>
    Link,

    /// <summary>An image shown from its URL.</summary>
    Image,

    /// <summary>A read-only check box for a boolean.</summary>
    Checkbox,
}

/// <summary>How one column of a table is shown: label, type, format, width, pinning, visibility.</summary>
/// <remarks>Make one with a factory and adjust it with <c>with</c>:
/// <c>Column.Currency("price") with { Width = 120, Pinned = true }</c>. Columns without a configuration are shown by their data type.</remarks>
/// <example><c>ui.DataFrame(df, columns: [Column.Percent("share"), Column.Progress("score", max: 100), Column.Hidden("id")]);</c></example>
public sealed record Column
{
    /// <summary>Creates the configuration of the column <paramref name="name"/>.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="type">How the values are shown.</param>
    public Column(string name, ColumnType type = ColumnType.Auto)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
    }

    /// <summary>The column's name in the data.</summary>
    public string Name { get; }

    /// <summary>How the values are shown.</summary>
    public ColumnType Type { get; init; }

    /// <summary>The header text; the column name when null.</summary>
    public string? Label { get; init; }

    /// <summary>A .NET format string for numbers and dates (<c>"N2"</c>, <c>"P1"</c>, <c>"yyyy-MM-dd"</c>); a default per type when null.</summary>
    public string? Format { get; init; }

    /// <summary>The width in CSS pixels; sized by the grid when null.</summary>
    public int? Width { get; init; }

    /// <summary>Whether the column is not shown.</summary>
    public bool Hidden { get; init; }

    /// <summary>Whether the column stays at the left while scrolling sideways.</summary>
    public bool Pinned { get; init; }

    /// <summary>A tooltip on the header.</summary>
    public string? Help { get; init; }

    /// <summary>The value of an empty progress bar (default 0).</summary>
    public double Min { get; init; }

    /// <summary>The value of a full progress bar (default 1).</summary>
    public double Max { get; init; } = 1;

    /// <summary>For links: the text shown instead of the URL.</summary>
    public string? DisplayText { get; init; }

    /// <summary>The culture used to format values; the invariant culture when null (currency uses <c>en-US</c>).</summary>
    public string? Culture { get; init; }

    /// <summary>For <c>ui.DataEditor</c>: the values a cell may take, chosen from a select; free input when null.</summary>
    public EquatableArray<string>? Options { get; init; }

    /// <summary>A column edited by choosing one of <paramref name="options"/> (<c>ui.DataEditor</c>).</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="options">The values a cell may take.</param>
    /// <param name="label">The header text.</param>
    /// <example><c>ui.DataEditor(df, "stock", columns: [Column.Select("unit", ["kg", "piece"])]);</c></example>
    public static Column Select(string name, IEnumerable<string> options, string? label = null) =>
        new(name, ColumnType.Text) { Label = label, Options = options?.ToArray() ?? throw new ArgumentNullException(nameof(options)) };

    /// <summary>A text column.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <example><c>Column.Text("name", "Name")</c></example>
    public static Column Text(string name, string? label = null) => new(name, ColumnType.Text) { Label = label };

    /// <summary>A number column.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <param name="format">A .NET numeric format (<c>"N2"</c>, <c>"0.000"</c>, <c>"E3"</c>).</param>
    /// <example><c>Column.Number("loss", format: "0.0000")</c></example>
    public static Column Number(string name, string? label = null, string? format = null) => new(name, ColumnType.Number) { Label = label, Format = format };

    /// <summary>A fraction shown as a percentage.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <param name="decimals">Digits after the decimal point.</param>
    /// <example><c>Column.Percent("accuracy", decimals: 1)</c></example>
    public static Column Percent(string name, string? label = null, int decimals = 1) =>
        new(name, ColumnType.Percent) { Label = label, Format = "P" + decimals.ToString(CultureInfo.InvariantCulture) };

    /// <summary>An amount of money.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <param name="culture">The culture whose currency symbol and separators are used.</param>
    /// <example><c>Column.Currency("price", culture: "de-DE")</c></example>
    public static Column Currency(string name, string? label = null, string culture = "en-US") =>
        new(name, ColumnType.Currency) { Label = label, Format = "C2", Culture = culture };

    /// <summary>A date or date-and-time column.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <param name="format">A .NET date format (default <c>yyyy-MM-dd</c>).</param>
    /// <example><c>Column.Date("day", format: "MMM d")</c></example>
    public static Column Date(string name, string? label = null, string format = "yyyy-MM-dd") =>
        new(name, ColumnType.Date) { Label = label, Format = format };

    /// <summary>A bar filled in proportion to the value between <paramref name="min"/> and <paramref name="max"/>.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <param name="min">The value of an empty bar.</param>
    /// <param name="max">The value of a full bar.</param>
    /// <param name="format">How the value is written beside the bar.</param>
    /// <example><c>Column.Progress("done", max: 100, format: "0")</c></example>
    public static Column Progress(string name, string? label = null, double min = 0, double max = 1, string? format = null) =>
        new(name, ColumnType.Progress) { Label = label, Min = min, Max = max, Format = format };

    /// <summary>A URL shown as a link that opens in a new tab.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <param name="displayText">Text shown instead of the URL.</param>
    /// <example><c>Column.Link("homepage", displayText: "open")</c></example>
    public static Column Link(string name, string? label = null, string? displayText = null) =>
        new(name, ColumnType.Link) { Label = label, DisplayText = displayText };

    /// <summary>An image URL shown as a thumbnail.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <example><c>Column.Image("thumbnail")</c></example>
    public static Column Image(string name, string? label = null) => new(name, ColumnType.Image) { Label = label };

    /// <summary>A boolean shown as a check box.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <param name="label">The header text.</param>
    /// <example><c>Column.Checkbox("active")</c></example>
    public static Column Checkbox(string name, string? label = null) => new(name, ColumnType.Checkbox) { Label = label };

    /// <summary>A column that is not shown.</summary>
    /// <param name="name">The column's name in the data.</param>
    /// <example><c>Column.Hide("id")</c></example>
    public static Column Hide(string name) => new(name) { Hidden = true };

    /// <summary>The text shown for <paramref name="value"/> in this column.</summary>
    /// <param name="value">A cell value; null shows as an empty string.</param>
    public string FormatValue(object? value)
    {
        if (value is null)
        {
            return "";
        }

        var culture = Culture is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(Culture);
        return value switch
        {
            DateTime date => date.ToString(Format ?? (date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss"), culture),
            bool flag => flag ? "true" : "false",
            float or double or decimal when Format is null => ((IFormattable)value).ToString("#,0.####", culture),
            IFormattable formattable => formattable.ToString(Format, culture),
            _ => value.ToString() ?? "",
        };
    }
}
