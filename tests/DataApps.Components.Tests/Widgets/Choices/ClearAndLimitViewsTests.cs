using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class ClearAndLimitViewsTests : RendererTest
{
    [Fact]
    public void AClearableSelectBoxWithAChoiceHasAClearButtonThatSendsNoChoice()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(index: 1, clearable: true));

        cut.Find(ClearButton).Click();

        cut.WaitForAssertion(() => Assert.Equal(("select-box-1", (object?)(-1)), Sink.Single), Patience);
    }

    [Fact]
    public void AClearableSelectBoxShowsNoClearButtonWhileNothingIsChosen()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(index: -1, placeholder: "Choose", clearable: true));

        Assert.Empty(cut.FindAll(ClearButton));
    }

    [Fact]
    public void ASelectBoxThatStartedWithAChoiceHasNoClearButton()
    {
        var cut = Render<SelectBoxView, SelectBoxElement>(Some.SelectBox(index: 1));

        Assert.Empty(cut.FindAll(ClearButton));
    }

    [Fact]
    public void AtItsLimitTheMultiSelectDisablesTheOtherOptionsAndSaysWhy()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [0, 2], maxSelections: 2));

        cut.Find(".mud-select .mud-input-control").MouseDown();
        var items = Popovers.WaitForElements(".mud-list-item", Patience);

        Assert.Equal([false, true, false], items.Select(i => i.ClassList.Contains("mud-list-item-disabled")));
        Assert.Equal("You can only choose up to 2 options. Remove one to choose another.", cut.Find(".da-multiselect-limit").TextContent);
        items[1].Click();
        Assert.Empty(Sink.Values);
    }

    [Fact]
    public void BelowItsLimitTheMultiSelectOffersEveryOption()
    {
        var cut = Render<MultiSelectView, MultiSelectElement>(Some.MultiSelect(indices: [0], maxSelections: 2));

        cut.Find(".mud-select .mud-input-control").MouseDown();
        var items = Popovers.WaitForElements(".mud-list-item", Patience);

        Assert.DoesNotContain(items, i => i.ClassList.Contains("mud-list-item-disabled"));
        Assert.Empty(cut.FindAll(".da-multiselect-limit"));
        items[1].Click();
        cut.WaitForAssertion(() => Assert.Equal([0, 1], Assert.IsType<int[]>(Sink.Single.Value)), Patience);
    }

    [Fact]
    public void AnEmptyNumberInputShowsItsPlaceholderAndEmptyingAClearableOneSendsNull()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: null, clearable: true, placeholder: "Type a rate"));
        var input = cut.Find("input");
        Assert.Equal(("", "Type a rate"), (input.GetAttribute("value"), input.GetAttribute("placeholder")));

        cut.Find("input").Change("4");
        cut.Find("input").Change("");

        Assert.Equal([4.0, null], Sink.Values.Select(v => v.Value));
    }

    [Fact]
    public void TheStepButtonsOfAnEmptyNumberInputStartAtItsLowerBound()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: null, min: 2, clearable: true));

        cut.Find("button[aria-label=Increment]").Click();

        Assert.Equal(2.0, Sink.Single.Value);
    }

    private const string ClearButton = ".mud-input-clear-button";
}
