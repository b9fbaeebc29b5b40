using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class PillsAndSegmentedControlViewsTests : RendererTest
{
    [Fact]
    public void SingleChoicePillsSendTheClickedIndexAndMinusOneWhenItIsClickedAgain()
    {
        var cut = Render<PillsView, PillsElement>(Some.Pills());
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
        var cut = Render<PillsView, PillsElement>(Some.Pills());

        Rerun(cut, Some.Pills(indices: [2]));

        Assert.Equal("Stormy", cut.WaitForElement(".mud-chip-selected", Patience).TextContent);
    }

    [Fact]
    public void MultiPillsSendTheChosenIndicesInOptionOrder()
    {
        var cut = Render<PillsView, PillsElement>(Some.Pills(indices: [2], multi: true));

        cut.FindAll(".mud-chip")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal([0, 2], Assert.IsType<int[]>(Sink.Single.Value)), Patience);
    }

    [Fact]
    public void DisabledPillsCannotBeClicked()
    {
        var cut = Render<PillsView, PillsElement>(Some.Pills(disabled: true));

        Assert.All(cut.FindAll(".mud-chip"), chip => Assert.Contains("mud-disabled", chip.ClassName, StringComparison.Ordinal));
    }

    [Fact]
    public void ASegmentedControlShowsJoinedButtonsAndSendsTheClickedIndex()
    {
        var cut = Render<SegmentedControlView, SegmentedControlElement>(Some.Segments(indices: [0]));
        var items = cut.FindAll(".mud-toggle-item");
        Assert.Equal(["Table", "Chart", "Map"], items.Select(i => i.TextContent.Trim()));
        Assert.Contains("mud-toggle-item-selected", items[0].ClassName, StringComparison.Ordinal);

        items[1].Click();

        cut.WaitForAssertion(() => Assert.Equal(("segmented-control-1", (object?)1), Sink.Single), Patience);
    }

    [Fact]
    public void ClickingTheChosenSegmentTakesItBack()
    {
        var cut = Render<SegmentedControlView, SegmentedControlElement>(Some.Segments(indices: [2]));

        cut.FindAll(".mud-toggle-item")[2].Click();

        cut.WaitForAssertion(() => Assert.Equal(-1, Sink.Single.Value), Patience);
    }

    [Fact]
    public void AMultiSegmentedControlSendsTheIndicesInOptionOrder()
    {
        var cut = Render<SegmentedControlView, SegmentedControlElement>(Some.Segments(indices: [2], multi: true));

        cut.FindAll(".mud-toggle-item")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal([0, 2], Assert.IsType<int[]>(Sink.Single.Value)), Patience);
    }

    [Fact]
    public void AnEqualPillsElementDoesNotRenderAgain()
    {
        var cut = Render<PillsView, PillsElement>(Some.Pills(indices: [1]));

        Rerun(cut, Some.Pills(indices: [1]));

        Assert.Equal(1, cut.RenderCount);
    }
}
