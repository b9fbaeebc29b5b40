using System.Text.Json;
using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Charts;
using Microsoft.Data.Analysis;
using Plotly.Blazor;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;

namespace DataApps.Components.Tests.Charts;

/// <summary>What the renderers send to plotly.js, read as Plotly.Blazor serializes it: rule shapes, axis titles, cell text, and selections by click.</summary>
public sealed class ChartFigureJsonTests : RendererTest
{
    // Plotly.Blazor's types carry their JSON names and enum converters as attributes; null properties are not sent.
    private static readonly JsonSerializerOptions PlotlyJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static JsonElement Json<T>(T plotlyObject) => JsonSerializer.SerializeToElement(plotlyObject, plotlyObject!.GetType(), PlotlyJson);

    /// <summary>The first axis: Plotly.Blazor keeps subplot axes in a list (sent as xaxis, xaxis2, …).</summary>
    private static JsonElement Axis(JsonElement layout, string name) =>
        layout.GetProperty(name) is { ValueKind: JsonValueKind.Array } list ? list[0] : layout.GetProperty(name);

    private static Chart Confusion() => new(ChartKind.Heatmap, new[] { new { Actual = "Cat", Cat = 41, Dog = 6 }, new { Actual = "Dog", Cat = 4, Dog = 52 } }.ToDataFrame())
    {
        X = "Actual",
    };

    [Fact]
    public void RulesBecomeShapesAcrossThePlotWithTheirLabels()
    {
        var chart = Some.Chart() with
        {
            Options = new ChartOptions(XLabel: "epoch", YLabel: "loss")
            {
                Rules = new[] { Rule.Y(5, "threshold", color: "red"), Rule.X(3), Rule.Band(y0: 2, y1: 4, "target") },
            },
        };

        var cut = Render<ChartView, ChartElement>(new ChartElement(chart));

        var layout = Json(cut.FindComponent<ChartPlot>().Instance.Layout);
        var shapes = layout.GetProperty("shapes").EnumerateArray().ToArray();
        Assert.Equal(3, shapes.Length);
        var threshold = shapes[0];
        Assert.Equal("line", threshold.GetProperty("type").GetString());
        Assert.Equal(("paper", "y"), (threshold.GetProperty("xref").GetString(), threshold.GetProperty("yref").GetString()));
        Assert.Equal((5.0, 5.0), (threshold.GetProperty("y0").GetDouble(), threshold.GetProperty("y1").GetDouble()));
        Assert.Equal("red", threshold.GetProperty("line").GetProperty("color").GetString());
        Assert.Equal("threshold", threshold.GetProperty("label").GetProperty("text").GetString());
        Assert.Equal(("x", "paper"), (shapes[1].GetProperty("xref").GetString(), shapes[1].GetProperty("yref").GetString()));
        Assert.Equal("rect", shapes[2].GetProperty("type").GetString());
        Assert.Equal("below", shapes[2].GetProperty("layer").GetString());
        Assert.Equal("epoch", Axis(layout, "xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("loss", Axis(layout, "yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void OnHorizontalBarsAValueRuleIsVerticalAndDatesAreSentAsTheTracesAre()
    {
        var bars = Some.Chart(ChartKind.Bar) with { Options = new ChartOptions { Horizontal = true, Rules = new[] { Rule.Y(7) } } };
        var dates = new DataFrame(new PrimitiveDataFrameColumn<DateTime>("day", [new DateTime(2024, 1, 1), new DateTime(2024, 1, 2)]),
            new PrimitiveDataFrameColumn<double>("v", [1.0, 2.0]));
        var line = new Chart(ChartKind.Line, dates) { X = "day", Y = "v", Options = new ChartOptions { Rules = new[] { Rule.X(new DateTime(2024, 1, 2)) } } };

        var barShape = Json(Render<ChartView, ChartElement>(new ChartElement(bars)).FindComponent<ChartPlot>().Instance.Layout).GetProperty("shapes")[0];
        var dateShape = Json(Render<ChartView, ChartElement>(new ChartElement(line)).FindComponent<ChartPlot>().Instance.Layout).GetProperty("shapes")[0];

        Assert.Equal(("x", 7.0), (barShape.GetProperty("xref").GetString(), barShape.GetProperty("x0").GetDouble()));
        Assert.Equal(1704153600000.0, dateShape.GetProperty("x0").GetDouble());
    }

    [Fact]
    public void HeatmapWithValuesWritesTheServersTextThroughTheTextTemplate()
    {
        var chart = Confusion() with { Options = new ChartOptions { ShowValues = true, ValueFormat = "N0" } };

        var cut = Render<ChartView, ChartElement>(new ChartElement(chart));

        var trace = Json(Assert.IsType<HeatMap>(Assert.Single(cut.FindComponent<ChartPlot>().Instance.Traces)));
        Assert.Equal("%{text}", trace.GetProperty("texttemplate").GetString());
        Assert.Equal("""[["41","6"],["4","52"]]""", trace.GetProperty("text").GetRawText());
        Assert.False(trace.TryGetProperty("textfont", out _)); // Plotly picks black or white per cell
        var layout = Json(cut.FindComponent<ChartPlot>().Instance.Layout);
        Assert.Equal("reversed", Axis(layout, "yaxis").GetProperty("autorange").GetString()); // the first row at the top
    }

    [Fact]
    public void HeatmapWithoutValuesHasNoText()
    {
        var cut = Render<ChartView, ChartElement>(new ChartElement(Confusion()));

        var trace = Json(Assert.Single(cut.FindComponent<ChartPlot>().Instance.Traces));
        Assert.False(trace.TryGetProperty("texttemplate", out _));
    }

    [Fact]
    public void ClickOnAHeatmapCellSendsItsRowAndColumn()
    {
        var element = new SelectableChartElement("chart-1", "", Confusion(), ChartSelectionMode.Points, ChartSelection.Empty);
        var cut = Render<SelectableChartView, SelectableChartElement>(element);
        var plot = cut.FindComponent<ChartPlot>().Instance;

        cut.InvokeAsync(() => plot.Clicked([[0, 1, 0]]));

        Assert.Equal([1, 0], Assert.IsType<int[]>(Sink.Single.Value));
        Assert.Equal(Plotly.Blazor.LayoutLib.ClickModeFlag.Event, plot.Layout.ClickMode);
    }

    [Fact]
    public void ClickOnABoxSendsTheBoxAndHistogramSelectionSendsBins()
    {
        var boxes = Some.Chart(ChartKind.Box) with { X = "group" };
        var box = Render<SelectableChartView, SelectableChartElement>(new SelectableChartElement("chart-1", "", boxes, ChartSelectionMode.Points, ChartSelection.Empty));
        var histogram = Render<SelectableChartView, SelectableChartElement>(Some.SelectableChart(Some.Chart(ChartKind.Histogram)) with { WidgetId = "chart-2" });

        box.InvokeAsync(() => box.FindComponent<ChartPlot>().Instance.Clicked([[1, -1, -1]]));
        histogram.InvokeAsync(() => histogram.FindComponent<ChartPlot>().Instance.OnSelected([new EventDataPoint { TraceIndex = 0, PointIndex = JsonSerializer.SerializeToElement(2) }]));

        Assert.Equal([1, 0], Assert.IsType<int[]>(Sink.Values[0].Value));
        Assert.Equal([0, 2], Assert.IsType<int[]>(Sink.Values[1].Value));
    }

    [Fact]
    public void SelectablePlotlyFigureSetsTheDragModeAndSendsTheSelectionJson()
    {
        var layout = new Plotly.Blazor.Layout();
        var element = new SelectablePlotlyElement("plotly-1", [new Scatter { X = [1, 2], Y = [3, 4] }], layout, null, 300, ChartSelectionMode.Lasso, PlotlySelection.Empty);
        var cut = Render<SelectablePlotlyView, SelectablePlotlyElement>(element);

        cut.InvokeAsync(() => cut.FindComponent<PlotlyFigure>().Instance.Selected("""{"points":[{"curve":0,"index":1,"x":2,"y":4,"customdata":"b"}]}"""));

        Assert.Equal(Plotly.Blazor.LayoutLib.DragModeEnum.Lasso, layout.DragMode);
        Assert.Equal("true", cut.Find(".da-plotly").GetAttribute("data-selectable"));
        var (id, value) = Sink.Single;
        Assert.Equal("plotly-1", id);
        Assert.Contains("\"customdata\":\"b\"", Assert.IsType<string>(value));
    }

    [Fact]
    public void PlotlySelectionJsonIsReadIntoPointsBoxAndLasso()
    {
        var selection = PlotlySelectionJson.Parse("""
            {"points":[{"curve":1,"index":3,"row":null,"x":"2024-01-02","y":4.5,"z":null,"customdata":[7,"id-7"]},
                       {"curve":0,"index":2,"row":1,"x":"Dog","y":"Cat","z":52}],
             "box":{"x":[1,2],"y":[3,4]}}
            """);

        Assert.Equal(new PlotlyPoint(1, 3, "2024-01-02", 4.5) { CustomData = new EquatableArray<object?>([7.0, "id-7"]) }, selection.Points[0]);
        Assert.Equal(new PlotlyPoint(0, 2, "Dog", "Cat") { Row = 1, Z = 52.0 }, selection.Points[1]);
        Assert.Equal([3, 2], selection.PointIndices);
        Assert.Equal(new PlotlyRegion(new object?[] { 1.0, 2.0 }, new object?[] { 3.0, 4.0 }), selection.Box);
        Assert.Null(selection.Lasso);
    }
}
