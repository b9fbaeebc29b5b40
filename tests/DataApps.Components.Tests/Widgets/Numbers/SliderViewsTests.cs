using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class SliderViewsTests : RendererTest
{
    [Fact]
    public void TheSliderShowsItsLabelValueAndBounds()
    {
        var cut = Render<SliderView, SliderElement>(Some.Slider(value: 40, min: 0, max: 100));

        Assert.Equal("Year", cut.Find(".da-label label").TextContent);
        Assert.Equal("40", cut.Find(".da-label-value").TextContent);
        Assert.Equal(["0", "100"], cut.FindAll(".da-slider-bounds span").Select(s => s.TextContent));
    }

    [Fact]
    public void ReleasingTheSliderSendsTheNumber()
    {
        var cut = Render<SliderView, SliderElement>(Some.Slider(value: 40));

        cut.Find("input[type=range]").Change("55");

        Assert.Equal(("slider-1", (object?)55.0), Sink.Single);
    }

    [Fact]
    public void TheSliderSendsNothingWhileDragging()
    {
        var cut = Render<SliderView, SliderElement>(Some.Slider(value: 40));

        Assert.Throws<MissingEventHandlerException>(() => cut.Find("input[type=range]").Input("55"));
        Assert.Empty(Sink.Values);
    }

    [Fact]
    public void TheSliderFollowsTheElement()
    {
        var cut = Render<SliderView, SliderElement>(Some.Slider(value: 40));

        Rerun(cut, Some.Slider(value: 70, disabled: true));

        var input = cut.Find("input[type=range]");
        Assert.Equal("70", input.GetAttribute("value"));
        Assert.True(input.HasAttribute("disabled"));
        Assert.Equal("70", cut.Find(".da-label-value").TextContent);
    }

    [Fact]
    public void AFractionalStepShowsItsDecimals()
    {
        var cut = Render<SliderView, SliderElement>(Some.Slider(value: 0.5, min: 0, max: 1, step: 0.05));

        Assert.Equal("0.50", cut.Find(".da-label-value").TextContent);
    }

    [Fact]
    public void AnEqualSliderDoesNotRenderAgain()
    {
        var cut = Render<SliderView, SliderElement>(Some.Slider());

        Rerun(cut, Some.Slider());

        Assert.Equal(1, cut.RenderCount);
    }

    [Fact]
    public void TheRangeSliderHasTwoThumbsAndShowsTheRange()
    {
        var cut = Render<RangeSliderView, RangeSliderElement>(Some.RangeSlider(low: 20, high: 80));

        Assert.Equal(["20", "80"], cut.FindAll("input[type=range]").Select(i => i.GetAttribute("value")));
        Assert.Equal("20 – 80", cut.Find(".da-label-value").TextContent);
        Assert.Equal("left:20%;width:60%", cut.Find(".da-range-fill").GetAttribute("style"));
    }

    [Fact]
    public void ReleasingAThumbSendsBothEnds()
    {
        var cut = Render<RangeSliderView, RangeSliderElement>(Some.RangeSlider(low: 20, high: 80));

        cut.FindAll("input[type=range]")[1].Change("60");

        var sent = Assert.IsType<double[]>(Sink.Single.Value);
        Assert.Equal([20.0, 60.0], sent);
    }

    [Fact]
    public void AThumbDraggedPastTheOtherStillSendsTheSmallerEndFirst()
    {
        var cut = Render<RangeSliderView, RangeSliderElement>(Some.RangeSlider(low: 20, high: 80));

        cut.FindAll("input[type=range]")[0].Change("90");

        Assert.Equal([80.0, 90.0], Assert.IsType<double[]>(Sink.Single.Value));
    }

    [Fact]
    public void DraggingUpdatesTheShownRangeWithoutSending()
    {
        var cut = Render<RangeSliderView, RangeSliderElement>(Some.RangeSlider(low: 20, high: 80));

        cut.FindAll("input[type=range]")[0].Input("30");

        Assert.Equal("30 – 80", cut.Find(".da-label-value").TextContent);
        Assert.Empty(Sink.Values);
    }

    [Fact]
    public void TheRangeSliderFollowsTheElement()
    {
        var cut = Render<RangeSliderView, RangeSliderElement>(Some.RangeSlider(low: 20, high: 80));
        cut.FindAll("input[type=range]")[0].Input("30");

        Rerun(cut, Some.RangeSlider(low: 10, high: 40, disabled: true));

        Assert.Equal(["10", "40"], cut.FindAll("input[type=range]").Select(i => i.GetAttribute("value")));
        Assert.All(cut.FindAll("input[type=range]"), i => Assert.True(i.HasAttribute("disabled")));
    }

    [Fact]
    public void AnEqualRangeSliderDoesNotRenderAgain()
    {
        var cut = Render<RangeSliderView, RangeSliderElement>(Some.RangeSlider());

        Rerun(cut, Some.RangeSlider());

        Assert.Equal(1, cut.RenderCount);
    }
}
