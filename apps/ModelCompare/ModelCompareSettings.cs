using FlightDelays;

namespace ModelCompare;

/// The app's own settings (configuration section "ModelCompare").
internal sealed class ModelCompareSettings
{
    public const string Section = "ModelCompare";

    /// Where trained models are kept (models/ inside); the content root's data/ folder by default.
    public string DataFolder { get; set; } = "data";

    /// The flights CSV; the real flights shipped beside the app when null.
    public string? FlightsPath { get; set; }

    /// Rows of the generated large variant.
    public int LargeRows { get; set; } = 1_000_000;

    /// Training rows (the first of the training part); all of it when null. Tests train on a sample.
    public int? TrainingRows { get; set; }

    /// The models compared, in this order; all three when not set. (Null rather than a default list: the configuration
    /// binder appends to a list it finds, so "Kinds:0 = FastTree" would add to the defaults instead of replacing them.)
    public List<ModelKind>? Kinds { get; set; }

    public IReadOnlyList<ModelKind> Models => Kinds is { Count: > 0 } kinds ? kinds : [ModelKind.LogisticRegression, ModelKind.FastTree, ModelKind.LightGbm];

    /// Checks the settings once at startup, with a message that names the key.
    public void Validate()
    {
        if (LargeRows < 1)
        {
            throw new InvalidOperationException($"{Section}:LargeRows must be at least 1 (it is {LargeRows}).");
        }

        if (TrainingRows is < 100)
        {
            throw new InvalidOperationException($"{Section}:TrainingRows must be at least 100 when set (it is {TrainingRows}).");
        }

        if (Models.Distinct().Count() != Models.Count)
        {
            throw new InvalidOperationException($"{Section}:Kinds must name each model once (it is [{string.Join(", ", Models)}]).");
        }

        if (FlightsPath is not null && !File.Exists(FlightsPath))
        {
            throw new InvalidOperationException($"{Section}:FlightsPath '{FlightsPath}' does not exist.");
        }
    }
}
