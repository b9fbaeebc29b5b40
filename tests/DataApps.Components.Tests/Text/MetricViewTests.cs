using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

public sealed class MetricViewTests : RendererTest
{
    [Fact]
    public void RendersLabelValueAndDelta()
    {
        var cut = Render<MetricView, MetricElement>(new MetricElement("Rows", "344", "+12", DeltaDirection.Up, DeltaColor.Normal));

        Assert.Equal("Rows", cut.Find(".da-metric-label").TextContent);
        Assert.Equal("344", cut.Find(".da-metric-value").TextContent);
        Assert.Equal("+12", cut.Find(".da-metric-delta span").TextContent);
    }

    [Fact]
    public void AMetricWithoutDeltaShowsNoDelta()
    {
        var cut = Render<MetricView, MetricElement>(new MetricElement("Rows", "344", null, DeltaDirection.None, DeltaColor.Normal));

        Assert.Empty(cut.FindAll(".da-metric-delta"));
    }

    [Theory]
    [InlineData(DeltaDirection.Up, DeltaColor.Normal, "positive", "up")]
    [InlineData(DeltaDirection.Down, DeltaColor.Normal, "negative", "down")]
    [InlineData(DeltaDirection.Up, DeltaColor.Inverse, "negative", "up")]
    [InlineData(DeltaDirection.Down, DeltaColor.Inverse, "positive", "down")]
    [InlineData(DeltaDirection.Up, DeltaColor.Off, "neutral", "up")]
    [InlineData(DeltaDirection.Down, DeltaColor.Off, "neutral", "down")]
    [InlineData(DeltaDirection.None, DeltaColor.Normal, "neutral", null)]
    public void TheDeltaIsColouredByDirectionAndDeltaColor(DeltaDirection direction, DeltaColor color, string tone, string? arrow)
    {
        var cut = Render<MetricView, MetricElement>(new MetricElement("Cost", "10", "3", direction, color));

        var delta = cut.Find(".da-metric-delta");
        Assert.Equal(tone, delta.GetAttribute("data-tone"));
        Assert.Equal(arrow, delta.QuerySelector("svg")?.GetAttribute("aria-label"));
    }

    [Fact]
    public void AnEqualMetricDoesNotRenderAgain()
    {
        var cut = Render<MetricView, MetricElement>(new MetricElement("Rows", "344", null, DeltaDirection.None, DeltaColor.Normal));

        Rerun(cut, new MetricElement("Rows", "344", null, DeltaDirection.None, DeltaColor.Normal));

        Assert.Equal(1, cut.RenderCount);
    }
}
