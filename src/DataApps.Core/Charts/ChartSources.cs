using System.Collections;
using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace DataApps.Charts;

/// <summary>The frame a chart verb draws, or why there is none.</summary>
/// <param name="Frame">The frame, or <c>null</c>.</param>
/// <param name="Problem">What is wrong with the data, completing "A line chart …", when there is no frame.</param>
internal readonly record struct ChartSource(DataFrame? Frame, string? Problem)
{
    /// <summary>The error message for a chart of <paramref name="kind"/>.</summary>
    public string Error(ChartKind kind) => $"A {kind.ToString().ToLowerInvariant()} chart {Problem}";
}

/// <summary>Turns the data of a chart verb into a frame: a frame itself, records (one column per property), or a dictionary of named series.</summary>
/// <remarks>See Note [Chart data overloads] in Ui.Charts.cs and Note [Converted once] in <see cref="DataFrameConversion"/>.</remarks>
internal static class ChartSources
{
    private static readonly ConditionalWeakTable<object, Converted> Series = [];

    private sealed record Converted(int Count, DataFrame Frame);

    public static ChartSource Frame(DataFrame? data) =>
        data is null ? new(null, "needs data, not null.") : new(data, null);

    public static ChartSource Frame<T>(IEnumerable<T>? data)
    {
        if (data is null)
        {
            return new(null, "needs data, not null.");
        }

        if (data is DataFrame frame)
        {
            return new(frame, null);
        }

        var row = typeof(T);
        if (row.IsGenericType && row.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && row.GetGenericArguments()[0] == typeof(string)
            && typeof(IEnumerable).IsAssignableFrom(row.GetGenericArguments()[1]) && row.GetGenericArguments()[1] != typeof(string))
        {
            return NamedSeries(data);
        }

        return DataFrameConversion.AsSharedDataFrame(data) is { } converted
            ? new(converted, null)
            : new(null, $"needs a DataFrame or a sequence of records, not {data.GetType().Name}.");
    }

    /// <summary>A dictionary of named series (<c>{ ["loss"] = [...], ["val_loss"] = [...] }</c>): one column per key, converted once.</summary>
    private static ChartSource NamedSeries<T>(IEnumerable<T> data)
    {
        var count = data is ICollection collection ? collection.Count : -1;
        if (count >= 0 && Series.TryGetValue(data, out var known) && known.Count == count)
        {
            return new(known.Frame, null);
        }

        var columns = new List<DataFrameColumn>();
        foreach (var item in data)
        {
            var key = (string)item!.GetType().GetProperty("Key")!.GetValue(item)!;
            var values = item.GetType().GetProperty("Value")!.GetValue(item);
            if (values is null || DataFrameConversion.AsDataFrame(values) is not { Columns.Count: 1 } single)
            {
                return new(null, $"needs a sequence of single values for the series `{key}`.");
            }

            var column = single.Columns[0].Clone();
            column.SetName(key);
            columns.Add(column);
        }

        if (columns.Select(c => c.Length).Distinct().Count() > 1)
        {
            return new(null, "needs series of the same length; the lengths are: " +
                string.Join(", ", columns.Select(c => $"`{c.Name}` {c.Length}")) + ".");
        }

        var result = new DataFrame(columns);
        if (count >= 0)
        {
            Series.AddOrUpdate(data, new Converted(count, result));
        }

        return new(result, null);
    }
}
