using FlightDelays;

namespace ModelCompare.Models;

/// Trains or loads one model in the background at startup; a failure is logged and the page shows it again when it asks.
internal static partial class DelayModelWarmUp
{
    public static void Run(ModelCatalog catalog, ModelKind kind, ILogger logger)
    {
        try
        {
            FlightDelays.DelayModel.LoadOrTrain(kind, catalog.ModelFolder, catalog.Train);
        }
        catch (Exception e)
        {
            Log.WarmUpFailed(logger, ModelCatalog.NameOf(kind), e);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "Training {Model} at startup failed; the model pages will show the error")]
        public static partial void WarmUpFailed(ILogger logger, string model, Exception exception);
    }
}
