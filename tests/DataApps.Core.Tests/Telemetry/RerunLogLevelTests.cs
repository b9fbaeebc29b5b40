using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using Microsoft.Extensions.Logging;

namespace DataApps.Core.Tests.Telemetry;

/// <summary>The rerun event's level: what the user did at the configured level, a fragment's timer tick at Debug.</summary>
public sealed class RerunLogLevelTests
{
    // A page with a ticking fragment that also holds a button.
    private static ScriptPage Dashboard() => new(ui =>
    {
        ui.Title("Dashboard");
        ui.Fragment(f =>
        {
            f.Text("live");
            f.Button("Refresh");
        }, runEvery: TimeSpan.FromSeconds(2), key: "live");
    });

    private static List<CollectingLogger.Entry> Reruns(CollectingLogger logger, int skip = 0) =>
        [.. logger.Entries.Where(e => e.Message.StartsWith("Rerun of", StringComparison.Ordinal)).Skip(skip)];

    private static AppSession Session(CollectingLogger logger, LogLevel? rerunLevel = null) =>
        new(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero, FragmentTimers = false, RerunLogLevel = rerunLevel ?? LogLevel.Information }, logger);

    [Fact]
    public async Task AFragmentsTimerTickLogsItsRerunAtDebug()
    {
        var logger = new CollectingLogger();
        using var session = Session(logger);
        await session.NavigateAsync(Dashboard(), "/dashboard");

        Assert.Equal(1, session.RequestTimedFragmentRuns());
        await session.RunPendingAsync();

        var tick = Assert.Single(Reruns(logger, skip: 1));
        Assert.Equal("fragment", tick.Properties["Kind"]);
        Assert.Equal(LogLevel.Debug, tick.Level);
    }

    [Fact]
    public async Task AClickLogsItsRerunAtTheConfiguredLevelAndTheFirstRunAtInformationByDefault()
    {
        var logger = new CollectingLogger();
        using var session = Session(logger, LogLevel.Warning);
        await session.NavigateAsync(Dashboard(), "/dashboard");
        var button = session.Widgets.All.Single(w => w.Spec.Label == "Refresh");

        session.Trigger(button.Id);
        await session.RunPendingAsync();

        var reruns = Reruns(logger);
        Assert.Equal(2, reruns.Count);
        Assert.All(reruns, r => Assert.Equal(LogLevel.Warning, r.Level)); // the navigation and the click inside the fragment
        Assert.Equal("fragment", reruns[1].Properties["Kind"]);

        var defaults = new CollectingLogger();
        using var plain = Session(defaults);
        await plain.NavigateAsync(Dashboard(), "/dashboard");
        Assert.Equal(LogLevel.Information, Assert.Single(Reruns(defaults)).Level);
    }

    [Fact]
    public async Task AFailedRunStaysAtWarningWhateverTheConfiguredLevel()
    {
        var logger = new CollectingLogger();
        using var session = Session(logger, LogLevel.Debug);

        await session.NavigateAsync(new ScriptPage(ui => throw new InvalidOperationException("boom")), "/fails");

        Assert.Equal(LogLevel.Warning, Assert.Single(Reruns(logger)).Level);
    }
}
