using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class ButtonViewTests : RendererTest
{
    [Fact]
    public void ClickingTheButtonFiresItsTrigger()
    {
        var cut = Render<ButtonView, ButtonElement>(Some.Button());

        cut.Find("button").Click();

        Assert.Equal(["button-1"], Sink.Triggers);
        Assert.Empty(Sink.Values);
    }

    [Fact]
    public void ShowsTheLabelAndIsNotWrappedInATooltipWithoutHelp()
    {
        var cut = Render<ButtonView, ButtonElement>(Some.Button());

        Assert.Equal("Go", cut.Find("button").TextContent.Trim());
        Assert.Empty(cut.FindAll(".mud-tooltip-root"));
    }

    [Fact]
    public void HelpWrapsTheButtonInATooltip()
    {
        var cut = Render<ButtonView, ButtonElement>(Some.Button(help: "Runs the model"));

        Assert.Single(cut.FindAll(".mud-tooltip-root button"));
    }

    [Fact]
    public void ADisabledButtonIsDisabled()
    {
        var cut = Render<ButtonView, ButtonElement>(Some.Button(disabled: true));

        Assert.True(cut.Find("button").HasAttribute("disabled"));
    }

    [Fact]
    public void AnEqualButtonDoesNotRenderAgain()
    {
        var cut = Render<ButtonView, ButtonElement>(Some.Button());

        Rerun(cut, Some.Button());

        Assert.Equal(1, cut.RenderCount);
    }
}
