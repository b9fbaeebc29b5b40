using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class SelectSliderViewTests : RendererTest
{
    [Fact]
    public void TheSelectSliderShowsTheChosenOptionAndTheFirstAndLastAsBounds()
    {
        var cut = Render<SelectSliderView, SelectSliderElement>(Some.SelectSlider(index: 2));

        Assert.Equal("Size", cut.Find(".da-label label").TextContent);
        Assert.Equal("M", cut.Find(".da-label-value").TextContent);
        Assert.Equal(["XS", "XL"], cut.FindAll(".da-slider-bounds span").Select(s => s.TextContent));
    }

    [Fact]
    public void ReleasingTheSelectSliderSendsTheIndex()
    {
        var cut = Render<SelectSliderView, SelectSliderElement>(Some.SelectSlider(index: 2));

        cut.Find("input[type=range]").Change("4");

        Assert.Equal(("select-slider-1", (object?)4), Sink.Single);
    }

    [Fact]
    public void ARangeSelectSliderSendsBothEndsInOrderOnRelease()
    {
        var cut = Render<SelectSliderView, SelectSliderElement>(Some.SelectSlider(index: 1, end: 3));
        Assert.Equal("S – L", cut.Find(".da-label-value").TextContent);

        cut.Find("input.da-range-a").Input("4");
        Assert.Empty(Sink.Values);
        Assert.Equal("L – XL", cut.Find(".da-label-value").TextContent);
        cut.Find("input.da-range-a").Change("4");

        Assert.Equal([3, 4], Assert.IsType<int[]>(Sink.Single.Value));
    }
}
