using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class TextViewsTests : RendererTest
{
    [Fact]
    public void TheTextInputShowsItsLabelValueAndPlaceholder()
    {
        var cut = Render<TextInputView, TextInputElement>(Some.TextInput(value: "Ada", placeholder: "Your name"));

        var input = cut.Find("input");
        Assert.Equal("Ada", input.GetAttribute("value"));
        Assert.Equal("Your name", input.GetAttribute("placeholder"));
        Assert.Equal(input.Id, cut.Find(".da-label label").GetAttribute("for"));
    }

    [Fact]
    public void TypingSendsNothingUntilTheTextIsCommitted()
    {
        var cut = Render<TextInputView, TextInputElement>(Some.TextInput());
        var input = cut.Find("input");

        Assert.Throws<MissingEventHandlerException>(() => input.Input("Ad"));
        Assert.Throws<MissingEventHandlerException>(() => input.KeyDown("a"));
        Assert.Empty(Sink.Values);

        input.Change("Ada");
        Assert.Equal(("text-input-1", (object?)"Ada"), Sink.Single);
    }

    [Fact]
    public void TheTextInputIsDrawnAsAMudBlazorOutlinedFieldWithoutComponents()
    {
        var cut = Render<TextInputView, TextInputElement>(Some.TextInput());

        Assert.Single(cut.FindAll(".mud-input-control .mud-input.mud-input-outlined > input.mud-input-slot + fieldset.mud-input-outlined-border"));
        Assert.Empty(cut.FindComponents<Microsoft.AspNetCore.Components.IComponent>());
    }

    [Fact]
    public void APasswordIsMaskedAndCanBeRevealed()
    {
        var cut = Render<TextInputView, TextInputElement>(Some.TextInput(password: true));
        Assert.Equal("password", cut.Find("input").GetAttribute("type"));

        cut.Find(".mud-input-adornment button").Click();

        cut.WaitForAssertion(() => Assert.Equal("text", cut.Find("input").GetAttribute("type")), Patience);
    }

    [Fact]
    public void MaxCharsLimitsTheInput()
    {
        var cut = Render<TextInputView, TextInputElement>(Some.TextInput(maxChars: 5));

        Assert.Equal("5", cut.Find("input").GetAttribute("maxlength"));
    }

    [Fact]
    public void TheTextInputFollowsTheElement()
    {
        var cut = Render<TextInputView, TextInputElement>(Some.TextInput(value: "Ada"));

        Rerun(cut, Some.TextInput(value: "Grace", disabled: true));

        var input = cut.Find("input");
        Assert.Equal("Grace", input.GetAttribute("value"));
        Assert.True(input.HasAttribute("disabled"));
        Assert.Contains("mud-disabled", cut.Find(".mud-input").ClassList);
    }

    [Fact]
    public void AnEqualTextInputDoesNotRenderAgain()
    {
        var cut = Render<TextInputView, TextInputElement>(Some.TextInput(value: "Ada"));

        Rerun(cut, Some.TextInput(value: "Ada"));

        Assert.Equal(1, cut.RenderCount);
    }

    [Fact]
    public void TheTextAreaHasItsLinesAndSendsOnChange()
    {
        var cut = Render<TextAreaView, TextAreaElement>(Some.TextArea(lines: 6));
        var area = cut.Find("textarea");
        Assert.Equal("6", area.GetAttribute("rows"));

        area.Change("line 1\nline 2");

        Assert.Equal(("text-area-1", (object?)"line 1\nline 2"), Sink.Single);
    }

    [Fact]
    public void TheTextAreaFollowsTheElement()
    {
        var cut = Render<TextAreaView, TextAreaElement>(Some.TextArea(value: "a"));

        Rerun(cut, Some.TextArea(value: "b", maxChars: 10));

        Assert.Equal("b", cut.Find("textarea").GetAttribute("value"));
        Assert.Equal("10", cut.Find("textarea").GetAttribute("maxlength"));
    }

    [Fact]
    public void AnEqualTextAreaDoesNotRenderAgain()
    {
        var cut = Render<TextAreaView, TextAreaElement>(Some.TextArea(value: "a"));

        Rerun(cut, Some.TextArea(value: "a"));

        Assert.Equal(1, cut.RenderCount);
    }

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
