using DataApps.Charts;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace DataApps.Components.Views.Charts;

/// <summary>Turns a server-side <see cref="ChartFigure"/> into Plotly.Blazor traces; WebGL for marker traces above <see cref="ChartData.WebGlThreshold"/> points and line traces above <see cref="ChartData.LineWebGlThreshold"/>.</summary>
internal static class ChartTraces
{
    public static List<ITrace> Build(ChartFigure figure, Chart chart, ChartSelectionMode mode)
    {
        var selectable = mode != ChartSelectionMode.None;
        return figure.Kind switch
        {
            ChartKind.Line => [.. figure.Series.Select(s => Line(figure, s, fill: false, stacked: false, selectable))],
            ChartKind.Area => [.. figure.Series.Select(s => Line(figure, s, fill: true, stacked: figure.Series.Count > 1, selectable))],
            ChartKind.Scatter => [.. figure.Series.Select(s => Markers(figure, s))],
            ChartKind.Bar => [.. figure.Series.Select(s => Bars(figure, s, chart.Options.Horizontal))],
            ChartKind.Histogram => [.. figure.Series.Select(s => new Bar { Name = s.Name, X = Numbers(s.X), Y = Numbers(s.Y), Width = (decimal)figure.BinWidth })],
            ChartKind.Box => [.. figure.Boxes.Where(b => b.Count > 0).Select(Box)],
            ChartKind.Heatmap => [Heatmap(figure.Heatmap!)],
            _ => [],
        };
    }

    private static ITrace Line(ChartFigure figure, ChartSeries s, bool fill, bool stacked, bool selectable)
    {
        var mode = selectable
            ? Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers
            : Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines;
        if (s.Y.Length > ChartData.LineWebGlThreshold && !stacked)
        {
            return new ScatterGl
            {
                Name = s.Name,
                X = X(figure, s),
                Y = Numbers(s.Y),
                Mode = selectable
                    ? Plotly.Blazor.Traces.ScatterGlLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterGlLib.ModeFlag.Markers
                    : Plotly.Blazor.Traces.ScatterGlLib.ModeFlag.Lines,
                Fill = fill ? Plotly.Blazor.Traces.ScatterGlLib.FillEnum.ToZeroY : null,
                Marker = selectable ? new Plotly.Blazor.Traces.ScatterGlLib.Marker { Size = 3 } : null,
            };
        }

        return new Scatter
        {
            Name = s.Name,
            X = X(figure, s),
            Y = Numbers(s.Y),
            Mode = mode,
            StackGroup = stacked ? "stack" : null,
            Fill = fill && !stacked ? Plotly.Blazor.Traces.ScatterLib.FillEnum.ToZeroY : null,
            Marker = selectable ? new Plotly.Blazor.Traces.ScatterLib.Marker { Size = 4 } : null,
        };
    }

    private static ITrace Markers(ChartFigure figure, ChartSeries s)
    {
        if (s.Y.Length > ChartData.WebGlThreshold)
        {
            return new ScatterGl
            {
                Name = s.Name,
                X = X(figure, s),
                Y = Numbers(s.Y),
                Mode = Plotly.Blazor.Traces.ScatterGlLib.ModeFlag.Markers,
                Marker = new Plotly.Blazor.Traces.ScatterGlLib.Marker
                {
                    Size = s.Size is null ? 5 : null,
                    SizeArray = s.Size?.Select(v => (decimal?)Math.Round((decimal)v, 1)).ToList(),
                    ColorArray = s.ColorValues is null ? null : Numbers(s.ColorValues),
                    ColorScale = s.ColorValues is null ? null : "Viridis",
                    ShowScale = s.ColorValues is null ? null : true,
                },
            };
        }

        return new Scatter
        {
            Name = s.Name,
            X = X(figure, s),
            Y = Numbers(s.Y),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker
            {
                Size = s.Size is null ? 8 : null,
                SizeArray = s.Size?.Select(v => (decimal?)Math.Round((decimal)v, 1)).ToList(),
                ColorArray = s.ColorValues is null ? null : Numbers(s.ColorValues),
                ColorScale = s.ColorValues is null ? null : "Viridis",
                ShowScale = s.ColorValues is null ? null : true,
            },
        };
    }

    private static Bar Bars(ChartFigure figure, ChartSeries s, bool horizontal) => horizontal
        ? new Bar { Name = s.Name, X = Numbers(s.Y), Y = X(figure, s), Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H }
        : new Bar { Name = s.Name, X = X(figure, s), Y = Numbers(s.Y) };

    private static Box Box(BoxStats b) => new()
    {
        Name = b.Name,
        X = [b.Name],
        Q1 = [b.Q1],
        Median = [b.Median],
        Q3 = [b.Q3],
        LowerFence = [b.LowerFence],
        UpperFence = [b.UpperFence],
        Mean = [b.Mean],
        BoxMean = Plotly.Blazor.Traces.BoxLib.BoxMeanEnum.True,
    };

    /// <summary>A heatmap; with cell numbers (<c>showValues:</c>) the server's formatted text goes in <c>text</c> and
    /// <c>texttemplate</c> writes it in each cell. Plotly picks black or white per cell against the cell's colour when
    /// <c>textfont.color</c> is not set, so the numbers stay readable across the colour scale.</summary>
    private static HeatMap Heatmap(HeatmapData data) => new()
    {
        X = [.. data.XLabels],
        Y = [.. data.YLabels],
        Z = [.. data.Z.Select(row => (object)row.Select(v => double.IsFinite(v) ? (object?)v : null).ToList())],
        ColorScale = "Viridis",
        HoverOnGaps = false,
        Text = data.Text is { } text ? [.. text.Select(row => (object)row.ToList())] : null,
        TextTemplate = data.Text is null ? null : "%{text}",
    };

    /// <summary>The x values as Plotly reads them: numbers (dates as Unix milliseconds on a date axis) or category labels.</summary>
    private static List<object> X(ChartFigure figure, ChartSeries s) =>
        s.XText is { } text ? [.. text] : Numbers(s.X);

    private static List<object> Numbers(double[] values)
    {
        var list = new List<object>(values.Length);
        foreach (var v in values)
        {
            list.Add(double.IsFinite(v) ? v : 0);
        }

        return list;
    }
}
