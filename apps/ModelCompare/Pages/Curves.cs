using DataApps;
using ModelCompare.Models;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace ModelCompare.Pages;

/// ROC and precision-recall charts: one line per model, and a marker where each model's current threshold puts it.
internal static class Curves
{
    private static readonly string[] Colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"];

    public static void Roc(Ui ui, IReadOnlyList<EvaluatedModel> models, IReadOnlyList<IReadOnlyList<CurvePoint>> curves, IReadOnlyList<double> thresholds) =>
        Draw(ui, models, curves, thresholds, "ROC curve", "false positive rate", "true positive rate (recall)",
            p => p.FalsePositiveRate, p => p.Recall, c => (c.FalsePositiveRate, c.Recall), diagonal: true);

    public static void PrecisionRecall(Ui ui, IReadOnlyList<EvaluatedModel> models, IReadOnlyList<IReadOnlyList<CurvePoint>> curves, IReadOnlyList<double> thresholds) =>
        Draw(ui, models, curves, thresholds, "Precision-recall curve", "recall", "precision",
            p => p.Recall, p => p.Precision, c => (c.Recall, c.Precision), diagonal: false);

    private static void Draw(
        Ui ui, IReadOnlyList<EvaluatedModel> models, IReadOnlyList<IReadOnlyList<CurvePoint>> curves, IReadOnlyList<double> thresholds,
        string title, string xTitle, string yTitle, Func<CurvePoint, double> x, Func<CurvePoint, double> y,
        Func<Confusion, (double X, double Y)> at, bool diagonal)
    {
        var traces = new List<ITrace>();
        for (var m = 0; m < models.Count; m++)
        {
            var color = Colors[m % Colors.Length];
            var points = curves[m].Where(p => !double.IsNaN(x(p)) && !double.IsNaN(y(p))).ToArray();
            traces.Add(new Scatter
            {
                Name = models[m].Name,
                X = [.. points.Select(p => (object)x(p))],
                Y = [.. points.Select(p => (object)y(p))],
                Mode = ModeFlag.Lines,
                Line = new Line { Color = color },
            });
            var point = at(Confusion.At(models[m].Scores, models[m].Labels, thresholds[m]));
            traces.Add(new Scatter
            {
                Name = $"{models[m].Name} @ {ModelControls.Format(thresholds[m])}",
                X = [point.X],
                Y = [point.Y],
                Mode = ModeFlag.Markers,
                Marker = new Marker { Color = color, Size = 12, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond },
            });
        }

        if (diagonal)
        {
            traces.Add(new Scatter
            {
                Name = "chance",
                X = [0.0, 1.0],
                Y = [0.0, 1.0],
                Mode = ModeFlag.Lines,
                Line = new Line { Color = "#999999", Dash = "dash" },
            });
        }

        ui.Plotly(traces, new Layout
        {
            Title = new Plotly.Blazor.LayoutLib.Title { Text = title },
            XAxis = [new Plotly.Blazor.LayoutLib.XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle }, Range = [0.0, 1.0] }],
            YAxis = [new Plotly.Blazor.LayoutLib.YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, Range = [0.0, 1.02] }],
            UiRevision = title,
        }, height: 420);
    }
}
