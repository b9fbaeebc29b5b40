using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class MoreChoiceViewsTests : RendererTest
{
    [Fact]
    public void TheSelectSliderShowsTheChosenOptionAndTheFirstAndLastAsBounds()
    {
        var cut = Render<SelectSliderView, SelectSliderElement>(SomeMoreWidgets.SelectSlider(index: 2));

        Assert.Equal("Size", cut.Find(".da-label label").TextContent);
        Assert.Equal("M", cut.Find(".da-label-value").TextContent);
        Assert.Equal(["XS", "XL"], cut.FindAll(".da-slider-bounds span").Select(s => s.TextContent));
    }

    [Fact]
    public void ReleasingTheSelectSliderSendsTheIndex()
    {
        var cut = Render<SelectSliderView, SelectSliderElement>(SomeMoreWidgets.SelectSlider(index: 2));

        cut.Find("input[type=range]").Change("4");

        Assert.Equal(("select-slider-1", (object?)4), Sink.Single);
    }

    [Fact]
    public void ARangeSelectSliderSendsBothEndsInOrderOnRelease()
    {
        var cut = Render<SelectSliderView, SelectSliderElement>(SomeMoreWidgets.SelectSlider(index: 1, end: 3));
        Assert.Equal("S – L", cut.Find(".da-label-value").TextContent);

        cut.Find("input.da-range-a").Input("4");
        Assert.Empty(Sink.Values);
        Assert.Equal("L – XL", cut.Find(".da-label-value").TextContent);
        cut.Find("input.da-range-a").Change("4");

        Assert.Equal([3, 4], Assert.IsType<int[]>(Sink.Single.Value));
    }

    [Fact]
    public void SingleChoicePillsSendTheClickedIndexAndMinusOneWhenItIsClickedAgain()
    {
        var cut = Render<PillsView, PillsElement>(SomeMoreWidgets.Pills());
        Assert.Equal(["Calm", "Busy", "Stormy"], cut.FindAll(".mud-chip").Select(c => c.TextContent));
        Assert.Empty(cut.FindAll(".mud-chip-selected"));

        cut.FindAll(".mud-chip")[1].Click();
        cut.WaitForAssertion(() => Assert.Equal(1, Sink.Single.Value), Patience);
        cut.FindAll(".mud-chip")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal([1, -1], Sink.Values.Select(v => v.Value)), Patience);
    }

    [Fact]
    public void TheChosenPillFollowsTheElement()
    {
        var cut = Render<PillsView, PillsElement>(SomeMoreWidgets.Pills());

        Rerun(cut, SomeMoreWidgets.Pills(indices: [2]));

        Assert.Equal("Stormy", cut.WaitForElement(".mud-chip-selected", Patience).TextContent);
    }

    [Fact]
    public void MultiPillsSendTheChosenIndicesInOptionOrder()
    {
        var cut = Render<PillsView, PillsElement>(SomeMoreWidgets.Pills(indices: [2], multi: true));

        cut.FindAll(".mud-chip")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal([0, 2], Assert.IsType<int[]>(Sink.Single.Value)), Patience);
    }

    [Fact]
    public void DisabledPillsCannotBeClicked()
    {
        var cut = Render<PillsView, PillsElement>(SomeMoreWidgets.Pills(disabled: true));

        Assert.All(cut.FindAll(".mud-chip"), chip => Assert.Contains("mud-disabled", chip.ClassName, StringComparison.Ordinal));
    }

    [Fact]
    public void ASegmentedControlShowsJoinedButtonsAndSendsTheClickedIndex()
    {
        var cut = Render<SegmentedControlView, SegmentedControlElement>(SomeMoreWidgets.Segments(indices: [0]));
        var items = cut.FindAll(".mud-toggle-item");
        Assert.Equal(["Table", "Chart", "Map"], items.Select(i => i.TextContent.Trim()));
        Assert.Contains("mud-toggle-item-selected", items[0].ClassName, StringComparison.Ordinal);

        items[1].Click();

        cut.WaitForAssertion(() => Assert.Equal(("segmented-control-1", (object?)1), Sink.Single), Patience);
    }

    [Fact]
    public void ClickingTheChosenSegmentTakesItBack()
    {
        var cut = Render<SegmentedControlView, SegmentedControlElement>(SomeMoreWidgets.Segments(indices: [2]));

        cut.FindAll(".mud-toggle-item")[2].Click();

        cut.WaitForAssertion(() => Assert.Equal(-1, Sink.Single.Value), Patience);
    }

    [Fact]
    public void AMultiSegmentedControlSendsTheIndicesInOptionOrder()
    {
        var cut = Render<SegmentedControlView, SegmentedControlElement>(SomeMoreWidgets.Segments(indices: [2], multi: true));

        cut.FindAll(".mud-toggle-item")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal([0, 2], Assert.IsType<int[]>(Sink.Single.Value)), Patience);
    }

    [Fact]
    public void AnEqualPillsElementDoesNotRenderAgain()
    {
        var cut = Render<PillsView, PillsElement>(SomeMoreWidgets.Pills(indices: [1]));

        Rerun(cut, SomeMoreWidgets.Pills(indices: [1]));

        Assert.Equal(1, cut.RenderCount);
    }
}
