using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class TextInputViewsTests : RendererTest
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
}
