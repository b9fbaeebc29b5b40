using System.Globalization;
using DataApps;
using ModelCompare.Models;

namespace ModelCompare.Pages;

/// What both model pages share: the models (trained or loaded once, cached for every session) and a threshold per model.
internal static class ModelControls
{
    public const double DefaultThreshold = 0.3;

    /// Each compared model, scored on the test flights; ui.Cache.Resource keeps one per kind for every session, and
    /// DelayModel.LoadOrTrain keeps the trained model on disk, so only the app's first start trains.
    public static IReadOnlyList<EvaluatedModel> Load(Ui ui, ModelCatalog catalog) =>
        [.. catalog.Kinds.Select(kind => ui.Cache.Resource(kind, k => catalog.Evaluate(k), spinner: $"Training or loading {ModelCatalog.NameOf(kind)}…"))];

    /// One slider per model in the sidebar. The value is also kept in ui.State, so the other model page starts from it.
    public static double[] Thresholds(Ui ui, IReadOnlyList<EvaluatedModel> models)
    {
        ui.Sidebar.Subheader("Thresholds");
        ui.Sidebar.Caption("A flight is predicted delayed when the model's probability is at least its threshold.");
        var thresholds = new double[models.Count];
        for (var m = 0; m < models.Count; m++)
        {
            var saved = $"saved-threshold-{models[m].Kind}";
            var start = ui.State.Get(saved, DefaultThreshold);
            thresholds[m] = ui.Sidebar.Slider($"Threshold: {models[m].Name}", 0.0, 1.0, start, 0.01, key: $"threshold-{models[m].Kind}");
            ui.State[saved] = thresholds[m];
        }

        return thresholds;
    }

    public static string Format(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
