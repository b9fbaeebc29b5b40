using System.Diagnostics;
using System.Diagnostics.Metrics;
using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using DataApps.Testing;
using Microsoft.Extensions.Logging;

namespace DataApps.Core.Tests.Telemetry;

/// <summary>What a session tells operations: the rerun event, the framework's instruments, traces and the app's own metrics.</summary>
public sealed class TelemetryTests
{
    /// <summary>Records the measurements of one instrument whose tags include <paramref name="page"/> (tests run in parallel and share the instruments).</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _seen = [];
        private readonly List<(string Instrument, double Value, int Thread)> _threads = [];

        public Recorder(string meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
            _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
            _listener.Start();
        }

        /// <summary>What was measured on <paramref name="thread"/>: the meter is process-wide, and tests running beside this one measure too.</summary>
        public IReadOnlyList<(string Instrument, double Value)> SeenOn(int thread)
        {
            lock (_seen)
            {
                return [.. _threads.Where(t => t.Thread == thread).Select(t => (t.Instrument, t.Value))];
            }
        }

        public IReadOnlyList<(string Instrument, double Value, Dictionary<string, object?> Tags)> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            lock (_seen)
            {
                _threads.Add((instrument.Name, value, Environment.CurrentManagedThreadId));
                _seen.Add((instrument.Name, value, copy));
            }
        }

        public void Dispose() => _listener.Dispose();
    }

    [Fact]
    public async Task EveryRunLogsOneEventWithPageSessionUserDurationAndOutcome()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger) { User = AppUser.Create("bob", "ops") };

        await session.NavigateAsync(new ScriptPage(ui => ui.Text("hi")), "/telemetry-log");

        var rerun = Assert.Single(logger.Entries, e => e.Message.StartsWith("Rerun of", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, rerun.Level);
        Assert.Equal("/telemetry-log", rerun.Properties["Page"]);
        Assert.Equal("page", rerun.Properties["Kind"]);
        Assert.Equal("completed", rerun.Properties["Outcome"]);
        Assert.Equal(session.Id, rerun.Properties["SessionId"]);
        Assert.Equal("bob", rerun.Properties["User"]);
        Assert.IsType<double>(rerun.Properties["DurationMs"]);
        Assert.Null(rerun.Properties["CorrelationId"]);
    }

    [Fact]
    public async Task AFailedRunsEventCarriesTheCorrelationIdTheUserSees()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);

        await session.NavigateAsync(new ScriptPage(ui => throw new InvalidOperationException("boom")), "/telemetry-fail");

        var shown = Assert.IsType<ExceptionElement>(Assert.Single(session.Tree.Main.Children));
        var rerun = Assert.Single(logger.Entries, e => e.Message.StartsWith("Rerun of", StringComparison.Ordinal));
        Assert.Equal("failed", rerun.Properties["Outcome"]);
        Assert.Equal(shown.CorrelationId, rerun.Properties["CorrelationId"]);
        Assert.Null(rerun.Properties["User"]); // anonymous
    }

    [Fact]
    public async Task AFailedRunsEventCarriesItsExceptionAtWarningAndTheErrorIsLoggedOnce()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);

        await session.NavigateAsync(new ScriptPage(ui => throw new InvalidOperationException("boom")), "/telemetry-exception");

        var rerun = Assert.Single(logger.Entries, e => e.Message.StartsWith("Rerun of", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, rerun.Level);
        Assert.Equal("boom", Assert.IsType<InvalidOperationException>(rerun.Exception).Message);
        var error = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Same(rerun.Exception, error.Exception);
        Assert.Equal(rerun.Properties["CorrelationId"], error.Properties["CorrelationId"]);
    }

    [Fact]
    public async Task ACompletedRunsEventHasNoException()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);

        await session.NavigateAsync(new ScriptPage(ui => ui.Text("fine")), "/telemetry-no-exception");

        var rerun = Assert.Single(logger.Entries, e => e.Message.StartsWith("Rerun of", StringComparison.Ordinal));
        Assert.Null(rerun.Exception);
        Assert.DoesNotContain(logger.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task RunsAreCountedByPageAndOutcomeAndTimed()
    {
        using var recorder = new Recorder(DataAppsTelemetry.MeterName);
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Stop"))
            {
                ui.Stop();
            }
        });

        await app.RunAsync();
        app.Button("Stop").Click();
        await app.RunAsync();

        var reruns = recorder.Seen.Where(s => s.Instrument == "dataapps.reruns" && Equals(s.Tags["page"], app.PageId)).ToList();
        Assert.Contains(reruns, s => Equals(s.Tags["outcome"], "completed"));
        Assert.Contains(reruns, s => Equals(s.Tags["outcome"], "stopped"));
        Assert.True(recorder.Seen.Count(s => s.Instrument == "dataapps.rerun.duration" && Equals(s.Tags["page"], app.PageId)) >= 2);
        Assert.Contains(recorder.Seen, s => s.Instrument == "dataapps.widget.events" && Equals(s.Tags["kind"], "trigger"));
    }

    [Fact]
    public async Task CacheLookupsAreCountedAsHitsAndMisses()
    {
        using var recorder = new Recorder(DataAppsTelemetry.MeterName);
        using var app = AppTest.FromFunction(ui => ui.Text(ui.Cache.Data("telemetry-cache", () => 42).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        await app.RunAsync();
        await app.RunAsync();
        await app.RunAsync();

        // Other tests may use the cache at the same time: at least this test's one miss and two hits.
        Assert.True(recorder.Seen.Count(s => s.Instrument == "dataapps.cache.misses") >= 1);
        Assert.True(recorder.Seen.Count(s => s.Instrument == "dataapps.cache.hits") >= 2);
    }

    [Fact]
    public void SessionsAreCountedWhileOpen()
    {
        using var recorder = new Recorder(DataAppsTelemetry.MeterName);

        var session = new AppSession();
        session.Dispose();
        session.Dispose();

        // Both changes happen on this thread (the constructor and Dispose count synchronously); other tests' sessions do not.
        var changes = recorder.SeenOn(Environment.CurrentManagedThreadId).Where(s => s.Instrument == "dataapps.sessions.active").Select(s => s.Value).ToList();
        Assert.Contains(1.0, changes);
        Assert.Contains(-1.0, changes);
        Assert.Equal(0, changes.Sum()); // disposed twice, counted down once
    }

    [Fact]
    public async Task EachRunIsASpanTaggedWithPageSessionAndOutcome()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DataAppsTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero });

        await session.NavigateAsync(new ScriptPage(ui => ui.Text("traced")), "/telemetry-trace");

        Activity span;
        lock (spans)
        {
            span = Assert.Single(spans, a => Equals(a.GetTagItem("dataapps.session"), session.Id));
        }

        Assert.Equal("/telemetry-trace", span.GetTagItem("dataapps.page"));
        Assert.Equal("completed", span.GetTagItem("dataapps.outcome"));
        Assert.Equal("page", span.GetTagItem("dataapps.kind"));
    }

    [Fact]
    public async Task AnOutgoingHttpCallInARunIsAChildSpanOfTheRun()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is DataAppsTelemetry.ActivitySourceName or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        var refused = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        refused.Start();
        var port = ((System.Net.IPEndPoint)refused.LocalEndpoint).Port;
        refused.Stop(); // nothing listens there now: the call fails fast, and is traced all the same
        using var http = new HttpClient();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero });

        await session.NavigateAsync(new ScriptPage(async (ui, ct) =>
        {
            try
            {
                using var _ = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/model"), ct);
            }
            catch (HttpRequestException)
            {
            }

            ui.Text("called");
        }), "/telemetry-http");

        Activity run, call;
        lock (spans)
        {
            run = Assert.Single(spans, a => Equals(a.GetTagItem("dataapps.session"), session.Id));
            call = Assert.Single(spans, a => a.Source.Name == "System.Net.Http" && a.ParentSpanId == run.SpanId);
        }

        Assert.Equal(run.TraceId, call.TraceId);
    }

    [Fact]
    public async Task ScriptsCountWithUiMetricsAndTheSameNameIsTheSameInstrument()
    {
        using var recorder = new Recorder(DataAppsTelemetry.AppMeterName);
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Metrics.Counter("telemetry.test.predictions").Add(2, new KeyValuePair<string, object?>("model", "a"));
            ui.Metrics.Histogram("telemetry.test.latency", "s").Record(0.25);
            Assert.Same(ui.Metrics.Counter("telemetry.test.predictions"), ui.Metrics.Counter("telemetry.test.predictions"));
        });

        await app.RunAsync();

        Assert.Null(app.Exception);
        Assert.Contains(recorder.Seen, s => s.Instrument == "telemetry.test.predictions" && s.Value == 2 && Equals(s.Tags["model"], "a"));
        Assert.Contains(recorder.Seen, s => s.Instrument == "telemetry.test.latency" && s.Value == 0.25);
    }

    [Fact]
    public async Task ANameUsedForAnotherKindOfInstrumentIsAClearError()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Metrics.Counter("telemetry.test.clash");
            ui.Metrics.Histogram("telemetry.test.clash");
        });

        await app.RunAsync();

        Assert.Contains("already has an instrument named 'telemetry.test.clash'", app.Exception?.Message);
    }
}
