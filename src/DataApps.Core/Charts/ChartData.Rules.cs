using System.Globalization;
using Microsoft.Data.Analysis;

namespace DataApps.Charts;

internal static partial class ChartData
{
    /// <summary>The default format of a heatmap's cell numbers: up to two decimals, with group separators.</summary>
    public const string DefaultValueFormat = "#,##0.##";

    /// <summary>How the x axis of a chart reads its values, from its x column (histograms bin numbers; boxes name groups).</summary>
    public static AxisType XAxisOf(Chart chart)
    {
        if (chart.Kind == ChartKind.Histogram)
        {
            return AxisType.Linear;
        }

        if (chart.Kind is ChartKind.Box or ChartKind.Heatmap)
        {
            return AxisType.Category;
        }

        if (chart.X is null)
        {
            return AxisType.Linear;
        }

        var column = chart.Data.Columns[chart.X];
        return column is PrimitiveDataFrameColumn<DateTime> ? AxisType.Date : IsNumeric(column) ? AxisType.Linear : AxisType.Category;
    }

    /// <summary>The error message for rules that cannot be drawn on this chart, or <c>null</c>.</summary>
    private static string? ValidateRules(Chart chart)
    {
        var rules = chart.Options.Rules;
        if (rules.Count == 0)
        {
            return null;
        }

        if (chart.Kind == ChartKind.Heatmap)
        {
            return "The heatmap does not draw `rules:`.";
        }

        var axis = XAxisOf(chart);
        var xName = chart.X is null ? "the row number" : $"`{chart.X}`";
        foreach (var rule in rules)
        {
            if (rule is null)
            {
                return $"The {KindName(chart.Kind)} was given a null rule in `rules:`.";
            }

            foreach (var value in rule.IsBand ? new[] { rule.From, rule.To! } : [rule.From])
            {
                if (value is double d && !double.IsFinite(d))
                {
                    return $"The {KindName(chart.Kind)}'s rule {rule} (in `rules:`) is not a finite number.";
                }
            }

            if (rule.Axis == RuleAxis.Y)
            {
                continue;
            }

            var error = (rule.From, axis) switch
            {
                (DateTime, not AxisType.Date) => $"is a date, but the x axis ({xName}) holds {AxisWord(axis)}",
                (string, not AxisType.Category) => $"names a category, but the x axis ({xName}) holds {AxisWord(axis)}",
                (double, AxisType.Date) => $"is a number, but the x axis ({xName}) holds dates: use Rule.X(DateTime)",
                (string category, AxisType.Category) when !HasCategory(chart, category) =>
                    $"names a category the x axis ({xName}) does not have",
                _ => null,
            };
            if (error is not null)
            {
                return $"The {KindName(chart.Kind)}'s rule {rule} (in `rules:`) {error}.";
            }
        }

        return null;
    }

    /// <summary>The error message for a heatmap number format that .NET cannot use, or <c>null</c>.</summary>
    private static string? ValidateValueFormat(Chart chart)
    {
        if (chart.Options.ValueFormat is not { } format)
        {
            return null;
        }

        try
        {
            _ = 1234.5.ToString(format, CultureInfo.InvariantCulture);
            return null;
        }
        catch (FormatException)
        {
            return $"The heatmap's `format:` \"{format}\" is not a .NET number format (try \"N0\", \"0.00\" or \"P1\").";
        }
    }

    /// <summary>The text of every heatmap cell in the format of the chart (empty for a cell without a value).</summary>
    public static string[][] CellText(Chart chart, double[][] z)
    {
        var format = chart.Options.ValueFormat ?? DefaultValueFormat;
        return [.. z.Select(row => row.Select(v => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "").ToArray())];
    }

    private static bool HasCategory(Chart chart, string category)
    {
        if (chart.Kind == ChartKind.Box)
        {
            // The box names, as Boxes builds them: a y column, a group, or both.
            var groupColumn = chart.X ?? chart.Color;
            var labels = groupColumn is null ? [null] : GroupsBy(chart.Data.Columns[groupColumn]).Select(g => g.Label).ToArray();
            var y = chart.YColumns;
            return y.Any(c => labels.Any(l => SeriesName(c, l, y.Count) == category));
        }

        var column = chart.Data.Columns[chart.X!];
        for (var i = 0; i < column.Length; i++)
        {
            if (Label(column[i]) == category)
            {
                return true;
            }
        }

        return false;
    }

    private static string AxisWord(AxisType axis) => axis switch
    {
        AxisType.Date => "dates",
        AxisType.Category => "categories",
        _ => "numbers",
    };
}
