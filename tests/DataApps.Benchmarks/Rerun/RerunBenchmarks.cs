using BenchmarkDotNet.Attributes;
using DataApps.Benchmarks.Pages;
using DataApps.Runtime;

namespace DataApps.Benchmarks.Rerun;

/// <summary>
/// Figure 1: the server-side cost of one rerun after one widget value changed: apply the value,
/// run the page body, build the immutable tree (with structural sharing against the last tree).
/// No Blazor: the render diff is part of the wire and latency figures.
/// </summary>
[MemoryDiagnoser]
public class RerunBenchmarks
{
    private AppSession _session = null!;
    private string _sliderId = null!;
    private double _next;

    [Params(20, 100, 1000)]
    public int Widgets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _session = new AppSession(new DataApps.Runtime.SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero });
        var widgets = Widgets;
        Complete(_session.NavigateAsync(new LambdaPage(ui => WidgetMix.Page(ui, widgets)), "/bench"));
        _sliderId = _session.Tree.Main.Children.OfType<SliderElement>().First().WidgetId;
        _next = 50;
    }

    [GlobalCleanup]
    public void Cleanup() => _session.Dispose();

    /// <summary>The first slider moves by one (50 ↔ 51); the text that depends on it changes too.</summary>
    [Benchmark]
    public PageTree RerunAfterOneValueChanges()
    {
        _next = _next == 50 ? 51 : 50;
        _session.SetValue(_sliderId, _next);
        Complete(_session.RequestRunAsync());
        return _session.Tree;
    }

    // Every run executes on a pool thread of its own, inline sessions too (Note [Run budget]): wait for it.
    private static void Complete(Task run) => run.GetAwaiter().GetResult();
}

/// <summary>A page written as a lambda.</summary>
internal sealed class LambdaPage(Action<Ui> body) : IDataPage
{
    public Task RunAsync(Ui ui, CancellationToken ct)
    {
        body(ui);
        return Task.CompletedTask;
    }
}
