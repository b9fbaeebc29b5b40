using FlightDelays;
using Microsoft.Extensions.Options;

namespace ModelServer.Prediction;

/// <summary>
/// The FastTree flight-delay model of apps/FlightDelays: loaded from ModelServer:ModelFolder, or trained on the training split of
/// the flights data and saved there at first start (the library makes two processes starting at once train only once).
/// </summary>
internal sealed class FlightModelSource(IOptions<ModelServerOptions> options) : IModelSource
{
    public string Describe() =>
        $"FastTree, cached in {options.Value.ResolvedModelFolder}, data {(string.IsNullOrWhiteSpace(options.Value.DataPath) ? FlightData.DefaultPath : options.Value.DataPath)}"
        + (options.Value.TrainingRows > 0 ? $", {options.Value.TrainingRows} training rows" : "");

    public LoadedModel Load(CancellationToken cancellationToken)
    {
        var train = TrainingFlights(options.Value);
        cancellationToken.ThrowIfCancellationRequested();
        var model = DelayModel.LoadOrTrain(ModelKind.FastTree, options.Value.ResolvedModelFolder, train);
        return new LoadedModel(new Predictor(model), train.Select(f => (f.Distance, f.Departure.Hour)).ToArray());
    }

    /// <summary>Real flights as /predict inputs, for the load generator.</summary>
    public static IReadOnlyList<PredictionInput> SampleInputs(string? dataPath) =>
        FlightData.Load(string.IsNullOrWhiteSpace(dataPath) ? null : dataPath)
            .Select(f => new PredictionInput(f.Departure, f.Distance, f.Origin, f.Destination)).ToArray();

    internal static IReadOnlyList<Flight> TrainingFlights(ModelServerOptions settings)
    {
        var train = FlightData.Split(FlightData.Load(string.IsNullOrWhiteSpace(settings.DataPath) ? null : settings.DataPath)).Train;
        if (settings.TrainingRows <= 0 || settings.TrainingRows >= train.Count)
        {
            return train;
        }

        // Every n-th flight, so a small sample still spans January to March.
        var step = (double)train.Count / settings.TrainingRows;
        return Enumerable.Range(0, settings.TrainingRows).Select(i => train[(int)(i * step)]).ToArray();
    }

    private sealed class Predictor(DelayModel model) : IDelayPredictor
    {
        public string Version => model.Version;

        public PredictionResult Predict(PredictionInput input)
        {
            var prediction = model.Predict(input.Departure, input.Distance, input.Origin, input.Destination);
            return new PredictionResult(prediction.Delayed, prediction.Probability);
        }
    }
}
