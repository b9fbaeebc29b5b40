using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class ColorFeedbackAndLinkViewsTests : RendererTest
{
    [Fact]
    public void TheColorPickerShowsTheHexAndASwatchOfTheColour()
    {
        var cut = Render<ColorPickerView, ColorPickerElement>(SomeMoreWidgets.Color());

        Assert.Equal("Colour", cut.Find(".da-label label").TextContent);
        Assert.Equal("#1f77b4", cut.Find("input").GetAttribute("value"));
        Assert.Equal("#1f77b4", cut.Find(".mud-input-adornment circle").GetAttribute("fill"));
    }

    [Fact]
    public void AColourTypedAsHexIsSentLowerCase()
    {
        var cut = Render<ColorPickerView, ColorPickerElement>(SomeMoreWidgets.Color());

        cut.Find("input").Change("#FF8800");

        cut.WaitForAssertion(() => Assert.Equal(("color-picker-1", (object?)"#ff8800"), Sink.Single), Patience);
    }

    [Fact]
    public void TheColourFollowsTheElement()
    {
        var cut = Render<ColorPickerView, ColorPickerElement>(SomeMoreWidgets.Color());

        Rerun(cut, SomeMoreWidgets.Color("#00ff00"));

        Assert.Equal("#00ff00", cut.Find("input").GetAttribute("value"));
        Assert.Empty(Sink.Values);
    }

    [Fact]
    public void ThumbsShowUpThenDownAndSendTheirPosition()
    {
        var cut = Render<FeedbackView, FeedbackElement>(SomeMoreWidgets.Feedback());
        var buttons = cut.FindAll("button");
        Assert.Equal(["Thumbs up", "Thumbs down"], buttons.Select(b => b.GetAttribute("aria-label")));

        buttons[1].Click();

        Assert.Equal(("feedback-1", (object?)0), Sink.Single);
    }

    [Fact]
    public void TheChosenIconIsPressedAndAClickOnItSendsNull()
    {
        var cut = Render<FeedbackView, FeedbackElement>(SomeMoreWidgets.Feedback(FeedbackOptions.Faces, value: 3));
        var buttons = cut.FindAll("button");
        Assert.Equal(5, buttons.Count);
        Assert.Equal(["false", "false", "false", "true", "false"], buttons.Select(b => b.GetAttribute("aria-pressed")));

        buttons[3].Click();

        Assert.Null(Sink.Single.Value);
    }

    [Fact]
    public void StarsSendTheNumberOfStarsLessOne()
    {
        var cut = Render<FeedbackView, FeedbackElement>(SomeMoreWidgets.Feedback(FeedbackOptions.Stars, value: 1));
        var stars = cut.FindAll(".mud-rating-item");
        Assert.Equal(5, stars.Count);

        stars[3].Click();

        cut.WaitForAssertion(() => Assert.Equal(("feedback-1", (object?)3), Sink.Single), Patience);
    }

    [Fact]
    public void DisabledFeedbackIsDisabled()
    {
        var cut = Render<FeedbackView, FeedbackElement>(SomeMoreWidgets.Feedback(disabled: true));

        Assert.All(cut.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void TheLinkButtonIsALinkThatOpensANewTab()
    {
        var cut = Render<LinkButtonView, LinkButtonElement>(SomeMoreWidgets.Link(primary: true));

        var link = cut.Find("a");
        Assert.Equal("https://example.org/docs", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Contains("Docs", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-button-filled", link.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void ADisabledLinkButtonHasNoAddress()
    {
        var cut = Render<LinkButtonView, LinkButtonElement>(SomeMoreWidgets.Link(disabled: true));

        Assert.Empty(cut.FindAll("a[href]"));
        Assert.True(cut.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void ALinkButtonWithHelpHasATooltip()
    {
        var cut = Render<LinkButtonView, LinkButtonElement>(SomeMoreWidgets.Link(help: "Opens a new tab"));

        Assert.Single(cut.FindComponents<MudBlazor.MudTooltip>());
    }
}
