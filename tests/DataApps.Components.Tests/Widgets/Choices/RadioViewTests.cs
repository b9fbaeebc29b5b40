using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class RadioViewTests : RendererTest
{
    [Fact]
    public void ShowsTheLabelAndEveryOption()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio());

        Assert.Equal("Species", cut.Find(".da-label label").TextContent);
        Assert.Equal(["Adelie", "Chinstrap", "Gentoo"], cut.FindAll("label.da-radio-option").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void ChoosingAnOptionSendsItsIndex()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio(index: 0));

        cut.FindAll("input[type=radio]")[2].Change(true);

        Assert.Equal(("radio-1", (object?)2), Sink.Single);
    }

    [Fact]
    public void TheChosenOptionFollowsTheElement()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio(index: 0));

        Rerun(cut, Some.Radio(index: 1));

        Assert.Equal([false, true, false], cut.FindAll("input[type=radio]").Select(i => i.HasAttribute("checked")));
    }

    [Fact]
    public void TheOptionsFormOneGroupNamedAfterTheWidget()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio());

        Assert.All(cut.FindAll("input[type=radio]"), i => Assert.Equal("da-radio-1", i.GetAttribute("name")));
        Assert.Equal("Species", cut.Find("[role=radiogroup]").GetAttribute("aria-label"));
    }

    [Fact]
    public void TheRadioHoldsNoComponentsBeyondItsView()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio());

        Assert.Empty(cut.FindComponents<Microsoft.AspNetCore.Components.IComponent>());
    }

    [Fact]
    public void HorizontalRadiosAreLaidOutInARow()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio(horizontal: true));

        Assert.Contains("da-horizontal", cut.Find(".da-radio").ClassList);
    }

    [Fact]
    public void ADisabledRadioDisablesEveryOption()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio(disabled: true));

        Assert.All(cut.FindAll("input[type=radio]"), i => Assert.True(i.HasAttribute("disabled")));
    }

    [Fact]
    public void HelpAddsATooltipToTheLabel()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio(help: "Pick one"));

        Assert.Single(cut.FindAll(".da-label .mud-tooltip-root"));
    }

    [Fact]
    public void AnEqualRadioDoesNotRenderAgain()
    {
        var cut = Render<RadioView, RadioElement>(Some.Radio());

        Rerun(cut, Some.Radio());

        Assert.Equal(1, cut.RenderCount);
    }
}
