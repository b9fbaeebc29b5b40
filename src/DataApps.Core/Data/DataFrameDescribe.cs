using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>Summary statistics of a frame, like pandas' <c>describe()</c>.</summary>
public static class DataFrameDescribe
{
    /// <summary>The statistic names, in the order of <see cref="Describe"/>'s rows.</summary>
    public static IReadOnlyList<string> Statistics { get; } = ["count", "nulls", "mean", "std", "min", "25%", "50%", "75%", "max"];

    /// <summary>
    /// Summarises every numeric column: count of values, nulls, mean, sample standard deviation, min, quartiles (linear interpolation,
    /// as pandas) and max. The result has a <c>statistic</c> column and one double column per numeric column.
    /// </summary>
    /// <param name="frame">The frame.</param>
    /// <returns>A new frame with one row per statistic.</returns>
    /// <example><c>ui.Write(df.Describe());</c></example>
    public static DataFrame Describe(this DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("statistic", Statistics) };
        foreach (var column in frame.Columns.Where(IsNumeric))
        {
            columns.Add(new DoubleDataFrameColumn(column.Name, Summarise(column)));
        }

        return new DataFrame(columns);
    }

    private static bool IsNumeric(DataFrameColumn column) => column.DataType is var t && (t == typeof(int) || t == typeof(long) ||
        t == typeof(double) || t == typeof(float) || t == typeof(decimal) || t == typeof(short) || t == typeof(byte) ||
        t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort) || t == typeof(sbyte));

    private static double?[] Summarise(DataFrameColumn column)
    {
        var values = new List<double>((int)Math.Min(column.Length, int.MaxValue));
        foreach (var value in column)
        {
            if (value is not null)
            {
                var x = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (!double.IsNaN(x))
                {
                    values.Add(x);
                }
            }
        }

        var nulls = column.Length - values.Count;
        if (values.Count == 0)
        {
            return [0, nulls, null, null, null, null, null, null, null];
        }

        values.Sort();
        double mean = 0, m2 = 0;
        for (var i = 0; i < values.Count; i++)
        {
            // Welford: stable for large values.
            var delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }

        double? std = values.Count > 1 ? Math.Sqrt(m2 / (values.Count - 1)) : null;
        return [values.Count, nulls, mean, std, values[0], Quantile(values, 0.25), Quantile(values, 0.5), Quantile(values, 0.75), values[^1]];
    }

    private static double Quantile(List<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
