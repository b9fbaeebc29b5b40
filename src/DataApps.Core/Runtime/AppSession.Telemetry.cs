using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DataApps.Runtime;

/// <summary>What a session tells operations: one structured log event, one metric point and one trace span per run.</summary>
internal sealed partial class AppSession
{
    /// <summary>A short random id for this session, in its log events and trace spans (not a secret: it grants nothing).</summary>
    public string Id { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    /// <summary>Starts the run's trace span; work the page does meanwhile (an outgoing HTTP call, say) becomes its child.</summary>
    private void StartObserving(PageRun run)
    {
        var kind = run.Kind;
        var activity = Telemetry.Source.StartActivity($"DataApps {kind} {run.PageId}");
        if (activity is not null)
        {
            activity.SetTag("dataapps.page", run.PageId);
            activity.SetTag("dataapps.kind", kind);
            activity.SetTag("dataapps.session", Id);
            activity.SetTag("dataapps.run", run.Number);
            if (User.IsAuthenticated)
            {
                activity.SetTag("enduser.id", User.Id);
            }
        }

        run.Activity = activity;
    }

    /// <summary>Records how the run ended: the rerun event (page, session, user, duration, outcome, correlation id), the metrics and the span's end.</summary>
    /// <param name="run">The run.</param>
    /// <param name="outcome">How it ended.</param>
    /// <param name="name">The outcome's tag value, when it is not the outcome's own (an abandoned run).</param>
    private void Observed(PageRun run, RunOutcome outcome, string? name = null)
    {
        var elapsed = Stopwatch.GetElapsedTime(run.StartedAt);
        var kind = run.Kind;
        name ??= run.TimedOut && outcome == RunOutcome.Failed ? "timed_out" : Telemetry.Name(outcome);
        Telemetry.Reruns.Add(1, new("page", run.PageId), new("kind", kind), new("outcome", name));
        Telemetry.RerunDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("page", run.PageId), new KeyValuePair<string, object?>("kind", kind));
        // A failed run's event carries its exception (the last one its callbacks or body threw) and the correlation id the
        // user saw, at Warning: the exception itself was logged at Error when it was caught ("Page … failed"), once per
        // exception, so alerts on errors count each exception once.
        var failed = outcome == RunOutcome.Failed || run.Abandoned;
        // A fragment's timer tick logs lower than what the user did: a dashboard ticking every 2 s for each viewer must not
        // flood the console and Seq (Options.TimedRerunLogLevel, Debug unless configured).
        var level = failed ? LogLevel.Warning : run.Timed ? Options.TimedRerunLogLevel : Options.RerunLogLevel;
        Log.Rerun(_logger, level, failed ? run.Error : null,
            run.PageId, kind, name, Math.Round(elapsed.TotalMilliseconds, 1), Id, User.IsAuthenticated ? User.Name : null, run.CorrelationId);
        if (run.Activity is { } activity)
        {
            activity.SetTag("dataapps.outcome", name);
            if (failed)
            {
                activity.SetStatus(ActivityStatusCode.Error, run.Error?.Message);
                activity.SetTag("dataapps.correlation_id", run.CorrelationId);
            }

            activity.Dispose();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5, EventName = "Rerun", Message = "Rerun of {Page} ({Kind}): {Outcome} in {DurationMs} ms; session {SessionId}, user {User}, correlation id {CorrelationId}")]
        public static partial void Rerun(ILogger logger, LogLevel level, Exception? exception, string page, string kind, string outcome, double durationMs, string sessionId, string? user, string? correlationId);
    }
}
