using System.Globalization;

namespace DataApps;

/// <summary>Which axis a <see cref="Rule"/> marks a value of.</summary>
public enum RuleAxis
{
    /// <summary>The axis of the chart's <c>x</c> column (the vertical axis of horizontal bars).</summary>
    X,

    /// <summary>The value axis: the <c>y</c> columns (counts on a histogram).</summary>
    Y,
}

/// <summary>A reference line or band drawn across a chart: a threshold, a target range, a date to remember.</summary>
/// <remarks>
/// Made with <see cref="X(double, string?, string?)"/>, <see cref="Y"/>, <see cref="Band"/> and <see cref="XBand(double, double, string?, string?)"/>
/// and passed to a chart verb's <c>rules:</c>. Values are in the data's units: numbers, dates on a date axis, category
/// names on a category axis. Compared by value, so a chart with equal rules is the same element across runs.
/// </remarks>
/// <example><c>ui.LineChart(history, x: "epoch", y: "loss", rules: [Rule.Y(0.5, "threshold"), Rule.Band(y0: 0.4, y1: 0.6, "target")]);</c></example>
public sealed record Rule
{
    private Rule(RuleAxis axis, object from, object? to, string? label, string? color)
    {
        Axis = axis;
        From = from;
        To = to;
        Label = string.IsNullOrEmpty(label) ? null : label;
        Color = string.IsNullOrEmpty(color) ? null : color;
    }

    /// <summary>The axis whose value the rule marks: a vertical line or band for <see cref="RuleAxis.X"/>, horizontal for <see cref="RuleAxis.Y"/>.</summary>
    public RuleAxis Axis { get; }

    /// <summary>The value of a line, or the start of a band: a <see cref="double"/>, a <see cref="DateTime"/> or a category name.</summary>
    public object From { get; }

    /// <summary>The end of a band; <c>null</c> for a line.</summary>
    public object? To { get; }

    /// <summary>The text shown at the end of the line (or at the top of the band), or <c>null</c>.</summary>
    public string? Label { get; }

    /// <summary>A CSS colour (<c>"red"</c>, <c>"#d62728"</c>); the theme's text colour for a line and a grey for a band when <c>null</c>.</summary>
    public string? Color { get; }

    /// <summary>Whether the rule is a band between <see cref="From"/> and <see cref="To"/> rather than a line.</summary>
    public bool IsBand => To is not null;

    /// <summary>A vertical line at a number on the x axis.</summary>
    /// <param name="x">The x value.</param>
    /// <param name="label">The text shown at the top of the line.</param>
    /// <param name="color">A CSS colour.</param>
    /// <returns>The rule.</returns>
    /// <example><c>Rule.X(100, "warm-up ends")</c></example>
    public static Rule X(double x, string? label = null, string? color = null) => new(RuleAxis.X, x, null, label, color);

    /// <summary>A vertical line at a date on a date x axis.</summary>
    /// <param name="x">The date.</param>
    /// <param name="label">The text shown at the top of the line.</param>
    /// <param name="color">A CSS colour.</param>
    /// <returns>The rule.</returns>
    /// <example><c>Rule.X(new DateTime(2024, 3, 1), "release")</c></example>
    public static Rule X(DateTime x, string? label = null, string? color = null) => new(RuleAxis.X, x, null, label, color);

    /// <summary>A vertical line at a category of a category x axis (bars per region, boxes per species).</summary>
    /// <param name="category">The category, as the x column holds it.</param>
    /// <param name="label">The text shown at the top of the line.</param>
    /// <param name="color">A CSS colour.</param>
    /// <returns>The rule.</returns>
    /// <example><c>Rule.X("Gentoo")</c></example>
    public static Rule X(string category, string? label = null, string? color = null) => new(RuleAxis.X, category ?? "", null, label, color);

    /// <summary>A horizontal line at a value: a threshold or a target.</summary>
    /// <param name="y">The y value.</param>
    /// <param name="label">The text shown at the right end of the line.</param>
    /// <param name="color">A CSS colour.</param>
    /// <returns>The rule.</returns>
    /// <example><c>Rule.Y(0.5, "threshold", color: "red")</c></example>
    public static Rule Y(double y, string? label = null, string? color = null) => new(RuleAxis.Y, y, null, label, color);

    /// <summary>A horizontal band between two values: a target range.</summary>
    /// <param name="y0">One edge.</param>
    /// <param name="y1">The other edge.</param>
    /// <param name="label">The text shown at the band's top right.</param>
    /// <param name="color">A CSS colour, drawn translucent.</param>
    /// <returns>The rule.</returns>
    /// <example><c>Rule.Band(y0: 0.4, y1: 0.6, "target")</c></example>
    public static Rule Band(double y0, double y1, string? label = null, string? color = null) =>
        new(RuleAxis.Y, Math.Min(y0, y1), Math.Max(y0, y1), label, color);

    /// <summary>A vertical band between two x numbers.</summary>
    /// <param name="x0">One edge.</param>
    /// <param name="x1">The other edge.</param>
    /// <param name="label">The text shown at the band's top.</param>
    /// <param name="color">A CSS colour, drawn translucent.</param>
    /// <returns>The rule.</returns>
    /// <example><c>Rule.XBand(10, 20, "outage")</c></example>
    public static Rule XBand(double x0, double x1, string? label = null, string? color = null) =>
        new(RuleAxis.X, Math.Min(x0, x1), Math.Max(x0, x1), label, color);

    /// <summary>A vertical band between two dates of a date x axis.</summary>
    /// <param name="x0">One edge.</param>
    /// <param name="x1">The other edge.</param>
    /// <param name="label">The text shown at the band's top.</param>
    /// <param name="color">A CSS colour, drawn translucent.</param>
    /// <returns>The rule.</returns>
    /// <example><c>Rule.XBand(holidayStart, holidayEnd, "holidays")</c></example>
    public static Rule XBand(DateTime x0, DateTime x1, string? label = null, string? color = null) =>
        new(RuleAxis.X, x0 <= x1 ? x0 : x1, x0 <= x1 ? x1 : x0, label, color);

    /// <inheritdoc />
    public override string ToString()
    {
        var value = IsBand ? $"{Format(From)}..{Format(To)}" : Format(From);
        return $"Rule.{(IsBand ? Axis == RuleAxis.Y ? "Band" : "XBand" : Axis.ToString())}({value})";
    }

    private static string Format(object? value) => value switch
    {
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        string text => $"\"{text}\"",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "null",
    };
}
