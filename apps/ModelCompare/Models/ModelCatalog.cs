using System.Diagnostics;
using FlightDelays;
using ModelCompare.Data;

namespace ModelCompare.Models;

/// A model with its scores on the held-out flights, and how it was obtained.
internal sealed record EvaluatedModel(ModelKind Kind, string Name, string Version, float[] Scores, bool[] Labels, TimeSpan ObtainedIn, bool Trained)
{
    public int Positives => Labels.Count(l => l);
}

/// Trains (or loads from the data folder) the compared models and scores them on the test part of the real flights.
internal sealed partial class ModelCatalog(FlightSets sets, ModelCompareSettings settings, ILogger<ModelCatalog> logger)
{
    private readonly Lazy<(IReadOnlyList<Flight> Train, IReadOnlyList<Flight> Test)> _split = new(() =>
    {
        var (train, test) = FlightData.Split(sets.Flights, testFraction: 0.25, seed: 1);
        return (settings.TrainingRows is { } n ? train.Take(n).ToArray() : train, test);
    });

    public IReadOnlyList<ModelKind> Kinds => settings.Models;

    public IReadOnlyList<Flight> Train => _split.Value.Train;

    public IReadOnlyList<Flight> Test => _split.Value.Test;

    public string ModelFolder => Path.GetFullPath(Path.Combine(settings.DataFolder, "models"));

    public static string NameOf(ModelKind kind) => kind switch
    {
        ModelKind.LogisticRegression => "Logistic regression",
        ModelKind.FastTree => "FastTree",
        ModelKind.LightGbm => "LightGBM",
        _ => kind.ToString(),
    };

    /// Loads the model from the data folder or trains and saves it there, then scores the test flights.
    public EvaluatedModel Evaluate(ModelKind kind)
    {
        var before = Directory.Exists(ModelFolder) ? Directory.GetFiles(ModelFolder, "*.zip").Select(Path.GetFileName).ToHashSet() : [];
        var watch = Stopwatch.StartNew();
        var model = DelayModel.LoadOrTrain(kind, ModelFolder, Train);
        var obtained = watch.Elapsed;
        var trained = !before.Contains(model.Version + ".zip");
        Log.ModelReady(logger, NameOf(kind), model.Version, obtained.TotalMilliseconds, ModelFolder);
        var scores = model.Score(Test);
        return new EvaluatedModel(kind, NameOf(kind), model.Version, scores, Test.Select(f => f.IsDelayed).ToArray(), obtained, trained);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Model {Model} {Version} ready in {Milliseconds:F0} ms (folder {Folder})")]
        public static partial void ModelReady(ILogger logger, string model, string version, double milliseconds, string folder);
    }
}
