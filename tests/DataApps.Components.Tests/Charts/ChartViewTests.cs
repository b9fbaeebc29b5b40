using System.Text.Json;
using DataApps.Charts;
using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Charts;
using Microsoft.Data.Analysis;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;

namespace DataApps.Components.Tests.Charts;

public sealed class ChartViewTests : RendererTest
{
    private static readonly Lazy<DataFrame> Million = new(() =>
    {
        var x = new double[1_000_000];
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = i;
            y[i] = Math.Sin(i / 5000.0) + (i % 7 * 0.01);
        }

        return new DataFrame(new PrimitiveDataFrameColumn<double>("t", x), new PrimitiveDataFrameColumn<double>("v", y));
    });

    private static Chart Line(DataFrame frame, string x, Columns y) => new(ChartKind.Line, frame) { X = x, Y = y };

    private static Dictionary<string, System.Text.Json.JsonElement> Raw(string json) => JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(json)!;

    [Fact]
    public void LineChartDrawsOneSvgTracePerYColumn()
    {
        var frame = Enumerable.Range(0, 20).Select(i => new { step = i, loss = 1.0 / (i + 1), val = 2.0 / (i + 1) }).ToDataFrame();

        var cut = Render<ChartView, ChartElement>(new ChartElement(Line(frame, "step", new Columns("loss", "val"))));

        var plot = cut.FindComponent<ChartPlot>().Instance;
        Assert.Equal(["loss", "val"], plot.Traces.Cast<Scatter>().Select(t => t.Name));
        Assert.Equal("line", cut.Find(".da-chart").GetAttribute("data-kind"));
        Assert.Equal("40", cut.Find(".da-chart").GetAttribute("data-points"));
    }

    [Fact]
    public void MillionPointLineIsDownsampledToOneSvgPathOfAtMostTheThreshold()
    {
        var cut = Render<ChartView, ChartElement>(new ChartElement(Line(Million.Value, "t", "v")));

        var trace = Assert.IsType<Scatter>(Assert.Single(cut.FindComponent<ChartPlot>().Instance.Traces));
        Assert.InRange(trace.Y.Count, 1000, ChartData.DefaultMaxPoints);
        var chart = cut.Find(".da-chart");
        Assert.Equal("1000000", chart.GetAttribute("data-total"));
        Assert.Equal("false", chart.GetAttribute("data-webgl"));
        Assert.Equal("overview", chart.GetAttribute("data-detail"));
    }

    [Fact]
    public void ScatterAboveAThousandPointsUsesWebGl()
    {
        var chart = new Chart(ChartKind.Scatter, Million.Value) { X = "t", Y = "v" };

        var cut = Render<ChartView, ChartElement>(new ChartElement(chart));

        var trace = Assert.IsType<ScatterGl>(Assert.Single(cut.FindComponent<ChartPlot>().Instance.Traces));
        Assert.Equal(ChartData.ScatterLimit, trace.X.Count);
        Assert.Equal("true", cut.Find(".da-chart").GetAttribute("data-webgl"));
    }

    [Fact]
    public void LineAboveTheLineThresholdUsesWebGl()
    {
        var chart = Line(Million.Value, "t", "v") with { Options = new ChartOptions { MaxPoints = 10_000 } };

        var cut = Render<ChartView, ChartElement>(new ChartElement(chart));

        Assert.IsType<ScatterGl>(Assert.Single(cut.FindComponent<ChartPlot>().Instance.Traces));
    }

    [Fact]
    public void ZoomReSamplesTheVisibleRangeAndDoubleClickReturnsToTheOverview()
    {
        var cut = Render<ChartView, ChartElement>(new ChartElement(Line(Million.Value, "t", "v")));
        var plot = cut.FindComponent<ChartPlot>().Instance;

        cut.InvokeAsync(() => plot.OnRelayout(new RelayoutEventData { RawData = Raw("""{"xaxis.range[0]": 500000, "xaxis.range[1]": 501000}""") }));

        cut.WaitForAssertion(() => Assert.Equal("range", cut.Find(".da-chart").GetAttribute("data-detail")), Patience);
        var zoomed = (Scatter)Assert.Single(plot.Traces);
        Assert.Equal(1003, zoomed.X.Count); // every point in range, one neighbour each side
        Assert.Equal(499_999.0, zoomed.X[0]);

        cut.InvokeAsync(() => plot.OnRelayout(new RelayoutEventData { RawData = Raw("""{"xaxis.autorange": true, "yaxis.autorange": true}""") }));

        cut.WaitForAssertion(() => Assert.Equal("overview", cut.Find(".da-chart").GetAttribute("data-detail")), Patience);
        Assert.Equal(0.0, ((Scatter)plot.Traces[0]).X[0]);
    }

    [Fact]
    public void SelectionSendsSourceRowsEvenWhenThePointsWereDownsampled()
    {
        var element = Some.SelectableChart(Line(Million.Value, "t", "v"));
        var cut = Render<SelectableChartView, SelectableChartElement>(element);
        var plot = cut.FindComponent<ChartPlot>().Instance;
        var shownRow = plot.Shown!.Series[0].Rows[100];

        cut.InvokeAsync(() => plot.OnSelected([new EventDataPoint { TraceIndex = 0, PointIndex = JsonSerializer.SerializeToElement(100) }]));

        var (id, value) = Sink.Single;
        Assert.Equal("chart-1", id);
        Assert.Equal([0, shownRow], Assert.IsType<int[]>(value));
        Assert.NotEqual(100, shownRow);
    }

    [Fact]
    public void ClearingTheSelectionInTheBrowserSendsAnEmptySelection()
    {
        var cut = Render<SelectableChartView, SelectableChartElement>(Some.SelectableChart());
        var plot = cut.FindComponent<ChartPlot>().Instance;

        cut.InvokeAsync(plot.Deselected);

        var (id, value) = Sink.Single;
        Assert.Equal("chart-1", id);
        Assert.Empty(Assert.IsType<int[]>(value));
    }

    [Fact]
    public void BoxSelectionSetsTheDragModeAndTheLabelIsShownAboveTheChart()
    {
        var cut = Render<SelectableChartView, SelectableChartElement>(Some.SelectableChart());

        var layout = cut.FindComponent<ChartPlot>().Instance.Layout;
        Assert.Equal(Plotly.Blazor.LayoutLib.DragModeEnum.Select, layout.DragMode);
        Assert.Null(layout.Title);
        Assert.Equal("Points", cut.Find(".da-label label").TextContent);
    }

    [Fact]
    public void ChartsFollowTheDarkTheme()
    {
        var element = new ChartElement(Some.Chart());
        var cut = Context.Render<ChartView>(p => p.Add(v => v.Element, element).AddCascadingValue("DataApps.DarkMode", true));

        var plot = cut.FindComponent<ChartPlot>().Instance;
        Assert.Equal("rgba(255,255,255,0.80)", plot.Layout.Font.Color);
    }

    [Fact]
    public void BarOptionsBecomeBarModeAndOrientation()
    {
        var chart = Some.Chart(ChartKind.Bar) with { Options = new ChartOptions { Stacked = true, Horizontal = true } };

        var cut = Render<ChartView, ChartElement>(new ChartElement(chart));

        var plot = cut.FindComponent<ChartPlot>().Instance;
        Assert.Equal(Plotly.Blazor.LayoutLib.BarModeEnum.Stack, plot.Layout.BarMode);
        Assert.Equal(Plotly.Blazor.Traces.BarLib.OrientationEnum.H, Assert.IsType<Bar>(Assert.Single(plot.Traces)).Orientation);
    }

    [Fact]
    public void EveryKindRenders()
    {
        foreach (var kind in Enum.GetValues<ChartKind>())
        {
            var chart = Some.Chart(kind) with { Y = kind == ChartKind.Heatmap ? default : Some.Chart().Y };

            var cut = Render<ChartView, ChartElement>(new ChartElement(chart));

            Assert.Equal(kind.ToString().ToLowerInvariant(), cut.Find(".da-chart").GetAttribute("data-kind"));
            Assert.NotEmpty(cut.FindComponent<ChartPlot>().Instance.Traces);
        }
    }

    [Fact]
    public void PlotlyViewShowsTheUsersFigureWithTheThemeTemplate()
    {
        var layout = new Plotly.Blazor.Layout();
        var element = new PlotlyElement([new Scatter { X = [1, 2], Y = [3, 4] }, new Bar { X = [1], Y = [2] }], layout, null, 300);

        var cut = Render<PlotlyView, PlotlyElement>(element);

        Assert.Equal("2", cut.Find(".da-plotly").GetAttribute("data-traces"));
        Assert.NotNull(layout.Template);
    }
}
