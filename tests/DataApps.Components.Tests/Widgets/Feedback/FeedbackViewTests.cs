using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class FeedbackViewTests : RendererTest
{
    [Fact]
    public void ThumbsShowUpThenDownAndSendTheirPosition()
    {
        var cut = Render<FeedbackView, FeedbackElement>(Some.Feedback());
        var buttons = cut.FindAll("button");
        Assert.Equal(["Thumbs up", "Thumbs down"], buttons.Select(b => b.GetAttribute("aria-label")));

        buttons[1].Click();

        Assert.Equal(("feedback-1", (object?)0), Sink.Single);
    }

    [Fact]
    public void TheChosenIconIsPressedAndAClickOnItSendsNull()
    {
        var cut = Render<FeedbackView, FeedbackElement>(Some.Feedback(FeedbackOptions.Faces, value: 3));
        var buttons = cut.FindAll("button");
        Assert.Equal(5, buttons.Count);
        Assert.Equal(["false", "false", "false", "true", "false"], buttons.Select(b => b.GetAttribute("aria-pressed")));

        buttons[3].Click();

        Assert.Null(Sink.Single.Value);
    }

    [Fact]
    public void StarsSendTheNumberOfStarsLessOne()
    {
        var cut = Render<FeedbackView, FeedbackElement>(Some.Feedback(FeedbackOptions.Stars, value: 1));
        var stars = cut.FindAll(".mud-rating-item");
        Assert.Equal(5, stars.Count);

        stars[3].Click();

        cut.WaitForAssertion(() => Assert.Equal(("feedback-1", (object?)3), Sink.Single), Patience);
    }

    [Fact]
    public void DisabledFeedbackIsDisabled()
    {
        var cut = Render<FeedbackView, FeedbackElement>(Some.Feedback(disabled: true));

        Assert.All(cut.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }
}
