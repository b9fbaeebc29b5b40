using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;
using MudBlazor;

namespace DataApps.Components.Tests.Widgets;

public sealed class SelectViewsTests : RendererTest
{
    [Fact]
    public void TheSelectBoxShowsItsLabelAndTheChosenOption()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(index: 1));

        Assert.Equal("Island", cut.Find(".da-label label").TextContent);
        Assert.Equal("Chinstrap", cut.Find("input.mud-select-input").GetAttribute("value"));
    }

    [Fact]
    public void ChoosingAnOptionSendsItsIndex()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(index: 0));

        Open(cut);
        Popovers.WaitForElements(".mud-list-item", Patience)[2].Click();

        cut.WaitForAssertion(() => Assert.Equal(("select-box-1", (object?)2), Sink.Single), Patience);
    }

    [Fact]
    public void NoIndexShowsThePlaceholder()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(index: -1, placeholder: "Choose an island"));

        var input = cut.Find("input.mud-select-input");
        Assert.Equal("Choose an island", input.GetAttribute("placeholder"));
        Assert.True(string.IsNullOrEmpty(input.GetAttribute("value")));
    }

    [Fact]
    public void TheChosenOptionFollowsTheElement()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(index: 0));

        Rerun(cut, Some.SelectBox(index: 2));

        Assert.Equal("Gentoo", cut.Find("input.mud-select-input").GetAttribute("value"));
    }

    [Fact]
    public void OptionsExistOnlyWhileTheListIsOpen()
    {
        var options = new EquatableArray<string>([.. Enumerable.Range(0, 50).Select(i => "Option " + i)]);
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(options: options));

        Assert.Empty(cut.FindComponents<MudSelectItem<int?>>());

        Open(cut);

        cut.WaitForAssertion(() => Assert.Equal(50, Popovers.FindAll(".mud-list-item").Count), Patience);
    }

    [Fact]
    public void ADisabledSelectBoxIsDisabled()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(disabled: true));

        Assert.True(cut.Find("input.mud-select-input").HasAttribute("disabled"));
    }

    [Fact]
    public void AnEqualSelectBoxDoesNotRenderAgain()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox());

        Rerun(cut, Some.SelectBox());

        Assert.Equal(1, cut.RenderCount);
    }

    [Fact]
    public void TheMultiSelectShowsChosenOptionsAsChipsInTheOrderChosen()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [2, 0]));

        Assert.Equal(["Gentoo", "Adelie"], cut.FindAll(".da-chip-text").Select(c => c.TextContent));
    }

    [Fact]
    public void RemovingAChipSendsTheOtherIndices()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [2, 0, 1]));

        cut.FindAll(".da-chip-remove")[1].Click();

        var sent = Assert.IsType<int[]>(Sink.Single.Value);
        Assert.Equal([2, 1], sent);
    }

    [Fact]
    public void ChoosingAnotherOptionAppendsItsIndex()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [2]));

        Open(cut);
        Popovers.WaitForElements(".mud-list-item", Patience)[0].Click();

        cut.WaitForAssertion(() => Assert.Equal([2, 0], Assert.IsType<int[]>(Sink.Single.Value)), Patience);
    }

    [Fact]
    public void TheChipsFollowTheElement()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [2]));

        Rerun(cut, Some.MultiSelect(indices: [1, 2]));

        Assert.Equal(["Chinstrap", "Gentoo"], cut.FindAll(".da-chip-text").Select(c => c.TextContent));
    }

    [Fact]
    public void ADisabledMultiSelectHasNoRemoveButtons()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [0], disabled: true));

        Assert.Single(cut.FindAll(".da-chip"));
        Assert.Empty(cut.FindAll(".da-chip-remove"));
    }

    [Fact]
    public void AnEqualMultiSelectDoesNotRenderAgain()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [1]));

        Rerun(cut, Some.MultiSelect(indices: [1]));

        Assert.Equal(1, cut.RenderCount);
    }

    private static void Open<TView>(IRenderedComponent<TView> cut)
        where TView : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find(".mud-select .mud-input-control").MouseDown();
}
