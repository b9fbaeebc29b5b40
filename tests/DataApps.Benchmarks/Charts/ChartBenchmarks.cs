using BenchmarkDotNet.Attributes;
using DataApps.Charts;
using Microsoft.Data.Analysis;

namespace DataApps.Benchmarks.Charts;

/// <summary>Server-side chart preparation for the 1,000,000-point line: read columns, downsample, re-sample a zoomed range.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private DataFrame _frame = null!;
    private Chart _chart = null!;
    private ChartFigure _full = null!;
    private double[] _x = null!;
    private double[] _y = null!;

    [GlobalSetup]
    public void Setup()
    {
        _frame = ChartData1M.Value;
        _chart = new Chart(ChartKind.Line, _frame) { X = "t", Y = "signal" };
        _full = ChartData.Prepare(_chart);
        _x = _full.Series[0].X;
        _y = _full.Series[0].Y;
    }

    /// <summary>MinMaxLTTB alone: 1M points to 4,000.</summary>
    [Benchmark]
    public int[] MinMaxLttb() => Downsampling.MinMaxLttb(_x, _y, ChartData.DefaultMaxPoints);

    /// <summary>Plain LTTB over every point, for comparison.</summary>
    [Benchmark]
    public int[] PlainLttb() => Downsampling.Lttb(_x, _y, [.. Enumerable.Range(0, _x.Length)], ChartData.DefaultMaxPoints);

    /// <summary>Reading the frame's columns into the full-resolution series (once per chart element).</summary>
    [Benchmark]
    public object Prepare() => ChartData.Prepare(_chart);

    /// <summary>The overview the browser gets first.</summary>
    [Benchmark]
    public object Overview() => ChartData.Figure(_full);

    /// <summary>A zoom to 10% of the x range, re-sampled to 4,000 points.</summary>
    [Benchmark]
    public object Zoom10Percent() => ChartData.Figure(_full, range: (400_000, 500_000));
}
