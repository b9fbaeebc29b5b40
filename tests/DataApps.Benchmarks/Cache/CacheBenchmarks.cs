using BenchmarkDotNet.Attributes;
using DataApps.Benchmarks.Pages;
using DataApps.Benchmarks.Rerun;
using DataApps.Caching;
using DataApps.Runtime;
using Microsoft.Data.Analysis;

namespace DataApps.Benchmarks.Cache;

/// <summary>
/// The cost of <c>ui.Cache.Data</c> on a hit: a rerun of a small page (20 widgets, a text about the frame) that reads a
/// cached 100 MB DataFrame, against the same page that reads the frame from a field instead. Goal: at most 2 ms more.
/// </summary>
[MemoryDiagnoser]
public class CacheBenchmarks
{
    /// <summary>10 double columns × 1,310,720 rows × 8 bytes = 100 MiB.</summary>
    private const int Rows = 1_310_720;

    private static DataFrame? _frame;
    private DataCache _cache = null!;
    private AppSession _plain = null!;
    private AppSession _cached = null!;
    private string _plainSlider = null!;
    private string _cachedSlider = null!;
    private double _next;
    private int _built;

    [GlobalSetup]
    public void Setup()
    {
        _frame ??= BuildFrame();
        _cache = new DataCache();
        _plain = Open(ui => Page(ui, _frame), out _plainSlider);
        _cached = Open(ui => Page(ui, ui.Cache.Data("sales", () => { _built++; return _frame; })), out _cachedSlider);
        if (_built != 1)
        {
            throw new InvalidOperationException($"The frame was built {_built} times for the cache; expected once.");
        }

        _next = 50;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain.Dispose();
        _cached.Dispose();
        _cache.Dispose();
        if (_built != 1)
        {
            throw new InvalidOperationException($"The cached page computed the frame {_built} times; every rerun should hit.");
        }
    }

    /// <summary>The page without a cache call: the frame comes from a field.</summary>
    [Benchmark(Baseline = true)]
    public PageTree PlainRerun() => Rerun(_plain, _plainSlider);

    /// <summary>The same page reading the 100 MB frame through <c>ui.Cache.Data</c> (a hit).</summary>
    [Benchmark]
    public PageTree CachedRerun() => Rerun(_cached, _cachedSlider);

    /// <summary>The cache's share of <see cref="CachedRerun"/>: one hit through the same path the verb takes (key, lookup, checks, LRU touch).</summary>
    [Benchmark]
    public DataFrame CacheHitOnly()
    {
        var scope = _cached.Cache;
        var site = _cache.Site(new CallSite(CacheKind.Data, "CacheBenchmarks.cs", "Setup", 1, typeof(DataFrame)));
        var request = new CacheRequest(DataCache.KeyOf(site, 0, "sales"), site.Global, null, null);
        var pending = _cache.GetOrCreateAsync(request, new CacheFactory<DataFrame>(() => _frame!), scope.Lifetime);
        return (pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult()).Value; // only the first call misses
    }

    internal static DataFrame BuildFrame()
    {
        var columns = new DataFrameColumn[10];
        for (var c = 0; c < columns.Length; c++)
        {
            var column = new DoubleDataFrameColumn($"c{c}", Rows);
            for (var r = 0; r < Rows; r++)
            {
                column[r] = r * (c + 1);
            }

            columns[c] = column;
        }

        return new DataFrame(columns);
    }

    private static void Page(Ui ui, DataFrame frame)
    {
        ui.Title("Sales");
        ui.Text($"{frame.Rows.Count:N0} rows × {frame.Columns.Count} columns");
        WidgetMix.Widgets(ui, 20, first: 0);
    }

    private AppSession Open(Action<Ui> page, out string sliderId)
    {
        var session = new AppSession(new DataApps.Runtime.SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, cache: _cache);
        Complete(session.NavigateAsync(new DataApps.Benchmarks.Rerun.LambdaPage(page), "/bench"));
        sliderId = session.Tree.Main.Children.OfType<SliderElement>().First().WidgetId;
        return session;
    }

    private PageTree Rerun(AppSession session, string sliderId)
    {
        _next = _next == 50 ? 51 : 50;
        session.SetValue(sliderId, _next);
        Complete(session.RequestRunAsync());
        return session.Tree;
    }

    // Every run executes on a pool thread of its own, inline sessions too (Note [Run budget]): wait for it.
    private static void Complete(Task run) => run.GetAwaiter().GetResult();
}
