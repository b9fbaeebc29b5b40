using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class NumberInputViewTests : RendererTest
{
    [Fact]
    public void TheNumberInputSendsTheTypedNumberAsADouble()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3));

        cut.Find("input").Change("5");

        Assert.Equal(("number-input-1", (object?)5.0), Sink.Single);
    }

    [Fact]
    public void TheNumberInputKeepsTypedNumbersWithinItsBounds()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3, min: 0, max: 10));

        cut.Find("input").Change("500");

        Assert.Equal(10.0, Sink.Single.Value);
        cut.WaitForAssertion(() => Assert.Equal("10", cut.Find("input").GetAttribute("value")), Patience);
    }

    [Fact]
    public void WholeNumbersAreRounded()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3, integral: true));

        cut.Find("input").Change("2.6");

        Assert.Equal(3.0, Sink.Single.Value);
    }

    [Fact]
    public void TextThatIsNotANumberIsReplacedByTheValueInForce()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3));

        cut.Find("input").Change("");

        Assert.Empty(Sink.Values);
        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("input").GetAttribute("value")), Patience);
    }

    [Fact]
    public void BoundsAndStepBecomeInputAttributes()
    {
        var bounded = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3, min: 0, max: 10, step: 0.5, integral: false)).Find("input");
        var unbounded = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3)).Find("input");

        Assert.Equal(("0", "10", "0.5"), (bounded.GetAttribute("min"), bounded.GetAttribute("max"), bounded.GetAttribute("step")));
        Assert.False(unbounded.HasAttribute("min") || unbounded.HasAttribute("max"));
    }

    [Fact]
    public void TheStepButtonsAreDisabledAtTheBounds()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 10, min: 0, max: 10));

        Assert.True(cut.Find("button[aria-label=Increment]").HasAttribute("disabled"));
        Assert.False(cut.Find("button[aria-label=Decrement]").HasAttribute("disabled"));
    }

    [Fact]
    public void TheStepButtonsSendAtOnce()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3, step: 2));

        cut.Find("button[aria-label=Increment]").Click();

        cut.WaitForAssertion(() => Assert.Equal(5.0, Sink.Single.Value), Patience);
    }

    [Theory]
    [InlineData(3, 1, true, "3")]
    [InlineData(2.5, 0.25, false, "2.50")]
    [InlineData(0.1, 0.01, false, "0.10")]
    public void NumbersAreFormattedByStepAndIntegrality(double value, double step, bool integral, string shown)
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: value, step: step, integral: integral));

        Assert.Equal(shown, cut.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void TheNumberInputFollowsTheElement()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput(value: 3));

        Rerun(cut, Some.NumberInput(value: 8, disabled: true));

        var input = cut.Find("input");
        Assert.Equal("8", input.GetAttribute("value"));
        Assert.True(input.HasAttribute("disabled"));
    }

    [Fact]
    public void AnEqualNumberInputDoesNotRenderAgain()
    {
        var cut = Render<NumberInputView, NumberInputElement>(Some.NumberInput());

        Rerun(cut, Some.NumberInput());

        Assert.Equal(1, cut.RenderCount);
    }
}
