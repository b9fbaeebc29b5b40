namespace ModelServer.Prediction;

/// <summary>What the service needs from a model: its version and one prediction (thread-safe).</summary>
internal interface IDelayPredictor
{
    string Version { get; }

    PredictionResult Predict(PredictionInput input);
}

/// <summary>One flight as the service receives it, validated: departure in local clock time, distance in miles, IATA codes upper-case.</summary>
internal sealed record PredictionInput(DateTime Departure, int Distance, string Origin, string Destination);

/// <summary>The model's answer: delayed more than 15 minutes, and the probability of that.</summary>
internal sealed record PredictionResult(bool Delayed, float Probability);

/// <summary>Where the model comes from: loads (or trains) it once at startup, with the distribution it was trained on.</summary>
internal interface IModelSource
{
    /// <summary>A description for the log, e.g. the folder the model is cached in.</summary>
    string Describe();

    LoadedModel Load(CancellationToken cancellationToken);
}

/// <summary>A ready model and the training data's inputs (distance, departure hour), from which drift is measured.</summary>
internal sealed record LoadedModel(IDelayPredictor Predictor, IReadOnlyList<(int Distance, int Hour)> TrainingInputs);
