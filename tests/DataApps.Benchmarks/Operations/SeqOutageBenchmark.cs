using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DataApps.Benchmarks.Pages;
using DataApps.Benchmarks.Rerun;
using DataApps.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serilog;

namespace DataApps.Benchmarks.Operations;

/// <summary>
/// <c>seq-outage</c>: reruns (100 widgets, one value changed, each writing its rerun event) with no logging, with Serilog
/// sending to a Seq that refuses connections, and to one that accepts them and never answers (the worst case), in
/// alternating rounds of one run. The goal: a Seq outage does not slow reruns (ratio near 1).
/// </summary>
internal static class SeqOutageBenchmark
{
    private const int Rounds = 7;
    private static readonly TimeSpan RoundTime = TimeSpan.FromMilliseconds(400);

    public static void Run()
    {
        using var blackHole = new TcpListener(IPAddress.Loopback, 0); // accepts, never answers
        blackHole.Start(backlog: 1000);
        var refused = FreePort();
        using var none = new Variant("no logging", NullLoggerFactory.Instance);
        using var closed = new Variant("Seq refuses connections", Serilog($"http://127.0.0.1:{refused}"));
        using var silent = new Variant("Seq accepts, never answers", Serilog($"http://127.0.0.1:{((IPEndPoint)blackHole.LocalEndpoint).Port}"));
        Variant[] variants = [none, closed, silent];
        foreach (var variant in variants)
        {
            variant.Measure(RoundTime); // warm-up
        }

        for (var round = 0; round < Rounds; round++)
        {
            foreach (var variant in variants)
            {
                variant.Samples.Add(variant.Measure(RoundTime));
            }
        }

        var baseline = none.Median;
        Table.Print(
            $"Rerun with a Seq outage: wall time per rerun, median of {Rounds} alternating rounds (100 widgets, one rerun event each)",
            ["logging", "us per rerun", "min round us", "ratio to no logging", "reruns"],
            [.. variants.Select(v => new[]
            {
                v.Name,
                v.Median.ToString("0.0", CultureInfo.InvariantCulture),
                v.Samples.Min(s => s.Us).ToString("0.0", CultureInfo.InvariantCulture),
                (v.Median / baseline).ToString("0.00", CultureInfo.InvariantCulture),
                v.Samples.Sum(s => s.Reruns).ToString(CultureInfo.InvariantCulture),
            })]);
    }

    private static ILoggerFactory Serilog(string seq) =>
        LoggerFactory.Create(b => b.AddSerilog(new LoggerConfiguration().WriteTo.Seq(seq, period: TimeSpan.FromMilliseconds(200)).CreateLogger(), dispose: true));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Variant : IDisposable
    {
        private readonly ILoggerFactory _loggers;
        private readonly AppSession _session;
        private readonly string _slider;
        private double _next = 50;

        public Variant(string name, ILoggerFactory loggers)
        {
            Name = name;
            _loggers = loggers;
            _session = new AppSession(new DataApps.Runtime.SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, loggers.CreateLogger("DataApps.Runtime"));
            _session.NavigateAsync(new DataApps.Benchmarks.Rerun.LambdaPage(ui => WidgetMix.Page(ui, 100)), "/bench").GetAwaiter().GetResult();
            _slider = _session.Tree.Main.Children.OfType<SliderElement>().First().WidgetId;
        }

        public string Name { get; }

        public List<(double Us, int Reruns)> Samples { get; } = [];

        public double Median => Samples.Select(s => s.Us).Order().ElementAt(Samples.Count / 2);

        public (double Us, int Reruns) Measure(TimeSpan duration)
        {
            var watch = Stopwatch.StartNew();
            var n = 0;
            while (watch.Elapsed < duration || n < 20)
            {
                _next = _next == 50 ? 51 : 50;
                _session.SetValue(_slider, _next);
                _session.RequestRunAsync().GetAwaiter().GetResult();
                n++;
            }

            return (watch.Elapsed.TotalMilliseconds * 1000 / n, n);
        }

        public void Dispose()
        {
            _session.Dispose();
            _loggers.Dispose();
        }
    }
}
