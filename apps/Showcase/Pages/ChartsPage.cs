using DataApps;
using Microsoft.Data.Analysis;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Showcase.Pages;

/// <summary>Every chart verb, a 1,000,000-point line that stays responsive, a selection that reaches the script, and ui.Plotly.</summary>
[Page("/charts", Title = "Charts", Icon = "insert_chart", Section = "Data", Order = 30, Layout = PageLayout.Wide)]
public sealed class ChartsPage : DataPage
{
    /// <summary>How many points the big line has.</summary>
    public const int BigLinePoints = 1_000_000;

    private sealed record Epoch(int Step, double Loss, double ValLoss);

    private sealed record Price(int Day, string Ticker, double Close);

    private sealed record Sale(int Month, string Region, double Revenue);

    private sealed record Penguin(string Species, double BillLength, double BillDepth, double BodyMass);

    private sealed record Trip(string Weekday, int Hour, double Minutes);

    private sealed record Confusion(string Actual, int Cat, int Dog, int Bird);

    private static readonly Epoch[] Training = [.. Enumerable.Range(1, 60).Select(i =>
        new Epoch(i, 2.2 * Math.Exp(-i / 12.0) + 0.1, 2.3 * Math.Exp(-i / 14.0) + 0.18 + (i > 40 ? (i - 40) * 0.004 : 0)))];

    private static readonly Price[] Prices = RandomWalks(["ACME", "GLOBEX", "INITECH"], days: 250);

    private static readonly Sale[] Sales = [.. from month in Enumerable.Range(1, 12)
        from region in new[] { "North", "South", "East", "West" }
        select new Sale(month, region, Math.Round(100 + (month * 8) + (region.Length * 11) + (15 * Math.Sin(month + region.Length)), 1))];

    private static readonly Penguin[] Penguins = MakePenguins(300);

    // A classifier's confusion matrix: one row per actual class, one column per predicted class.
    private static readonly Confusion[] Confusions = [new("Cat", 41, 6, 3), new("Dog", 4, 52, 1), new("Bird", 2, 3, 38)];

    private static readonly Trip[] Trips = [.. from day in new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }
        from hour in Enumerable.Range(0, 24)
        select new Trip(day, hour, Math.Round(12 + (10 * Math.Exp(-Math.Pow(hour - 8.5, 2) / 4)) + (12 * Math.Exp(-Math.Pow(hour - 17.5, 2) / 5)) + (day is "Sat" or "Sun" ? -6 : 0), 1))];

    protected override void Run(Ui ui)
    {
        ui.Title("Charts");
        ui.Markdown("""
            Chart verbs take a `DataFrame` or any sequence of records and column names: `x:`, `y:` (one column or many),
            `color:`. The server prepares the traces: long series are downsampled keeping their extremes, and re-sampled
            at full detail when you zoom. Charts follow the light/dark theme.
            """);

        Lines(ui);
        BarsAndAreas(ui);
        Distributions(ui);
        Selection(ui);
        Large(ui);
        Custom(ui);
    }

    private static void Lines(Ui ui)
    {
        ui.Header("Line", divider: true);
        var (left, right) = ui.Columns(2);
        left.LineChart(Training, x: "Step", y: ["Loss", "ValLoss"], title: "Training curves", xLabel: "epoch", yLabel: "loss",
            rules: [Rule.Y(0.5, "threshold", color: "#d62728"), Rule.Band(y0: 0.2, y1: 0.3, "target"), Rule.X(40, "overfitting")]);
        right.LineChart(Prices, x: "Day", y: "Close", color: "Ticker", title: "Prices (long data, color:)");
    }

    private static void BarsAndAreas(Ui ui)
    {
        ui.Header("Area and bar", divider: true);
        ui.AreaChart(Sales, x: "Month", y: "Revenue", color: "Region", title: "Revenue by region (stacked area)", height: 320);
        var layout = ui.Radio("Bar layout", ["grouped", "stacked", "horizontal"], horizontal: true);
        var firstQuarter = Sales.Where(s => s.Month <= 3).ToArray();
        ui.BarChart(firstQuarter, x: "Region", y: "Revenue", color: "Month", stacked: layout == "stacked", horizontal: layout == "horizontal",
            title: $"First quarter ({layout})", height: 320);
    }

    private static void Distributions(Ui ui)
    {
        ui.Header("Distributions", divider: true);
        var (left, right) = ui.Columns(2);
        left.Histogram(Penguins, x: "BodyMass", color: "Species", bins: 30, title: "Body mass");
        right.BoxChart(Penguins, x: "Species", y: "BillLength", title: "Bill length by species");
        ui.Heatmap(Trips, x: "Hour", y: "Weekday", value: "Minutes", title: "Trip minutes by hour and weekday", height: 320);

        // A confusion matrix with its numbers; clicking a cell selects it.
        var (matrix, picked) = ui.Columns(2);
        var cell = matrix.Heatmap(Confusions, x: "Actual", title: "Confusion matrix", xLabel: "predicted", yLabel: "actual",
            showValues: true, format: "N0", height: 320, key: "confusion", selection: ChartSelectionMode.Points);
        picked.Text(cell.Cells.Count == 0
            ? "Click a cell of the confusion matrix."
            : $"Selected cell: actual {cell.Cells[0].Y}, predicted {cell.Cells[0].X}: {cell.Cells[0].Value:N0}");
    }

    private static void Selection(Ui ui)
    {
        ui.Header("Selection", divider: true);
        ui.Caption("Drag a box (or switch to lasso) on the scatter chart: the selected points come back to the script.");
        var mode = ui.Radio("Select with", ["box", "lasso", "points"], horizontal: true);
        var selection = ui.ScatterChart(Penguins, x: "BillLength", y: "BillDepth", color: "Species", size: "BodyMass",
            title: "Penguins", key: "penguins",
            selection: mode switch { "lasso" => ChartSelectionMode.Lasso, "points" => ChartSelectionMode.Points, _ => ChartSelectionMode.Box });

        ui.Text($"Selected points: {selection.Points.Count}");
        if (!selection.IsEmpty)
        {
            var picked = selection.Rows.Select(r => Penguins[r]).ToArray();
            var (a, b) = ui.Columns(2);
            a.Metric("Mean body mass", $"{picked.Average(p => p.BodyMass):N0} g");
            b.Metric("Species", string.Join(", ", picked.Select(p => p.Species).Distinct()));
        }
    }

    private static void Large(Ui ui)
    {
        ui.Header("A million points", divider: true);
        ui.Caption($"{BigLinePoints:N0} points. The browser gets about 4,000 of them, chosen to keep the shape and every extreme; " +
            "zoom in (drag on the chart) and the server sends the visible range at full detail. Double-click to go back.");
        // ui.Cache: built once, shared by every session; the same frame each rerun keeps the chart element equal.
        ui.LineChart(ui.Cache.Data("big-line", () => MakeBigLine(BigLinePoints)), x: "t", y: "signal", title: "1,000,000-point signal");
    }

    private static void Custom(Ui ui)
    {
        ui.Header("ui.Plotly", divider: true);
        ui.Caption("Any Plotly.Blazor figure: traces, layout and config. Drag a box on it: the selection comes back to the script.");
        var x = Enumerable.Range(0, 50).Select(i => (object)(i / 5.0)).ToList();
        var selection = ui.Plotly(
            [
                new Scatter { Name = "sin", X = x, Y = [.. x.Select(v => (object)Math.Sin((double)v))] },
                new Bar { Name = "cos²", X = x, Y = [.. x.Select(v => (object)Math.Pow(Math.Cos((double)v), 2))], Opacity = 0.5m },
            ],
            // uirevision: Plotly keeps the user's zoom and selection when the next run draws a new figure object.
            new Plotly.Blazor.Layout { Title = new Plotly.Blazor.LayoutLib.Title { Text = "A custom figure" }, UiRevision = "custom" },
            height: 320, selection: ChartSelectionMode.Box, key: "custom");
        ui.Text($"Plotly selection: {selection.Points.Count} points");
    }

    private static Price[] RandomWalks(string[] tickers, int days)
    {
        var random = new Random(7);
        var prices = new List<Price>();
        foreach (var ticker in tickers)
        {
            var close = 100.0;
            for (var day = 0; day < days; day++)
            {
                close *= 1 + ((random.NextDouble() - 0.48) * 0.04);
                prices.Add(new Price(day, ticker, Math.Round(close, 2)));
            }
        }

        return [.. prices];
    }

    private static Penguin[] MakePenguins(int count)
    {
        var random = new Random(42);
        (string Species, double Length, double Depth, double Mass)[] kinds = [("Adelie", 38.8, 18.3, 3700), ("Chinstrap", 48.8, 18.4, 3733), ("Gentoo", 47.5, 15.0, 5076)];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var kind = kinds[i % kinds.Length];
            double Noise(double scale) => scale * ((random.NextDouble() + random.NextDouble() + random.NextDouble()) - 1.5);
            return new Penguin(kind.Species, Math.Round(kind.Length + Noise(5), 1), Math.Round(kind.Depth + Noise(2), 1), Math.Round(kind.Mass + Noise(700)));
        })];
    }

    private static DataFrame MakeBigLine(int count)
    {
        var random = new Random(1234);
        var t = new double[count];
        var signal = new double[count];
        var walk = 0.0;
        for (var i = 0; i < count; i++)
        {
            walk += (random.NextDouble() - 0.5) * 0.2;
            t[i] = i;
            signal[i] = walk + (5 * Math.Sin(i / 20_000.0)) + (random.NextDouble() - 0.5);
        }

        // A few one-sample spikes: downsampling must keep them.
        signal[123_456] += 40;
        signal[654_321] -= 40;
        return new DataFrame(new PrimitiveDataFrameColumn<double>("t", t), new PrimitiveDataFrameColumn<double>("signal", signal));
    }
}
