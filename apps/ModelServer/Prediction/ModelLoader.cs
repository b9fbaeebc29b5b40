using System.Diagnostics;
using ModelServer.Metrics;

namespace ModelServer.Prediction;

/// <summary>
/// Loads the model in the background so the service answers /healthz at once and /readyz only when the model is there
/// (training at first start takes a while). A failure is logged with its reason and shown by /readyz; the process keeps running.
/// </summary>
internal sealed partial class ModelLoader(IModelSource source, ModelState state, ServerMetrics metrics, ILogger<ModelLoader> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Load(stoppingToken), stoppingToken);

    private void Load(CancellationToken stoppingToken)
    {
        Log.Loading(logger, source.Describe());
        var watch = Stopwatch.StartNew();
        try
        {
            var model = source.Load(stoppingToken);
            metrics.SetModel(model.Predictor.Version, model.TrainingInputs);
            state.SetReady(model.Predictor);
            Log.Ready(logger, model.Predictor.Version, watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down while training
        }
#pragma warning disable CA1031 // any failure becomes a readable reason on /readyz instead of a crashed host
        catch (Exception e)
#pragma warning restore CA1031
        {
            state.SetFailed($"{e.GetType().Name}: {e.Message}");
            Log.Failed(logger, e, source.Describe());
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Loading the flight-delay model: {Source} (trains it when no cached model exists)")]
        public static partial void Loading(ILogger logger, string source);

        [LoggerMessage(2, LogLevel.Information, "Model {Version} ready after {ElapsedMs} ms")]
        public static partial void Ready(ILogger logger, string version, long elapsedMs);

        [LoggerMessage(3, LogLevel.Error, "The model could not be loaded ({Source}); /readyz reports the reason and /predict answers 503")]
        public static partial void Failed(ILogger logger, Exception exception, string source);
    }
}
