using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace DataApps.Charts;

/// <summary>The frame of a chart's data argument, converting a sequence once rather than on every rerun.</summary>
/// <remarks>
/// Note [Converted once]: a chart element compares its frame by reference, so a sequence converted anew on
/// every rerun would re-plot the chart every time. The converted frame is kept per sequence object (weakly,
/// so it goes with the sequence) and reused while the sequence has the same count; treat data passed to a
/// chart as immutable.
/// </remarks>
internal static class ChartFrames
{
    private static readonly ConditionalWeakTable<object, Converted> Cache = [];

    private sealed record Converted(int Count, DataFrame Frame);

    public static DataFrame? Of(object? data)
    {
        if (data is DataFrame frame)
        {
            return frame;
        }

        if (data is null or string)
        {
            return null;
        }

        var count = data is System.Collections.ICollection collection ? collection.Count : -1;
        if (count >= 0 && Cache.TryGetValue(data, out var converted) && converted.Count == count)
        {
            return converted.Frame;
        }

        var result = DataFrameConversion.AsDataFrame(data);
        if (result is not null && count >= 0)
        {
            Cache.AddOrUpdate(data, new Converted(count, result));
        }

        return result;
    }
}
