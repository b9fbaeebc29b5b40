using Microsoft.Data.Analysis;

namespace DataApps.Benchmarks.Charts;

/// <summary>The deterministic 1,000,000-point line the chart benchmarks draw (a random walk with a sine and two spikes).</summary>
internal static class ChartData1M
{
    public const int Points = 1_000_000;

    private static readonly Lazy<DataFrame> Frame = new(() =>
    {
        var random = new Random(1234);
        var t = new double[Points];
        var signal = new double[Points];
        var walk = 0.0;
        for (var i = 0; i < Points; i++)
        {
            walk += (random.NextDouble() - 0.5) * 0.2;
            t[i] = i;
            signal[i] = walk + (5 * Math.Sin(i / 20_000.0)) + (random.NextDouble() - 0.5);
        }

        signal[123_456] += 40;
        signal[654_321] -= 40;
        return new DataFrame(new PrimitiveDataFrameColumn<double>("t", t), new PrimitiveDataFrameColumn<double>("signal", signal));
    });

    public static DataFrame Value => Frame.Value;

    /// <summary>The page the browser benchmark opens: the 1M-point line alone.</summary>
    public static void Page(Ui ui)
    {
        ui.Title("1,000,000 points");
        ui.LineChart(Value, x: "t", y: "signal", title: "1,000,000-point signal");
    }
}
