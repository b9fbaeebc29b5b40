using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class CheckViewsTests : RendererTest
{
    [Fact]
    public void CheckingTheCheckboxSendsTrue()
    {
        var cut = Render<CheckboxView, CheckboxElement>(Some.Checkbox(value: false));

        cut.Find("input[type=checkbox]").Change(true);

        Assert.Equal(("checkbox-1", (object?)true), Sink.Single);
    }

    [Fact]
    public void TheCheckboxShowsItsLabelAndValue()
    {
        var cut = Render<CheckboxView, CheckboxElement>(Some.Checkbox(value: true));

        Assert.Contains("Agree", cut.Find("label").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("input[type=checkbox]").HasAttribute("checked"));
    }

    [Fact]
    public void TheCheckboxFollowsTheElementWhenARerunChangesIt()
    {
        var cut = Render<CheckboxView, CheckboxElement>(Some.Checkbox(value: false));

        Rerun(cut, Some.Checkbox(value: true));

        Assert.True(cut.Find("input[type=checkbox]").HasAttribute("checked"));
    }

    [Fact]
    public void ADisabledCheckboxIsDisabled()
    {
        var cut = Render<CheckboxView, CheckboxElement>(Some.Checkbox(disabled: true));

        Assert.True(cut.Find("input[type=checkbox]").HasAttribute("disabled"));
    }

    [Fact]
    public void TheCheckboxHasAHelpTooltipOnlyWhenItHasHelp()
    {
        var plain = Render<CheckboxView, CheckboxElement>(Some.Checkbox());
        var helped = Render<CheckboxView, CheckboxElement>(Some.Checkbox(help: "Tick to agree"));

        Assert.Empty(plain.FindAll(".mud-tooltip-root"));
        Assert.Equal("Tick to agree", helped.Find(".mud-tooltip-root .da-help").GetAttribute("aria-label"));
    }

    [Fact]
    public void AnEqualCheckboxDoesNotRenderAgain()
    {
        var cut = Render<CheckboxView, CheckboxElement>(Some.Checkbox());

        Rerun(cut, Some.Checkbox());

        Assert.Equal(1, cut.RenderCount);
    }

    [Fact]
    public void SwitchingTheToggleOffSendsFalse()
    {
        var cut = Render<ToggleView, ToggleElement>(Some.Toggle(value: true));

        cut.Find("input[type=checkbox]").Change(false);

        Assert.Equal(("toggle-1", (object?)false), Sink.Single);
    }

    [Fact]
    public void TheToggleIsASwitchWithItsLabel()
    {
        var cut = Render<ToggleView, ToggleElement>(Some.Toggle(value: true));

        Assert.Equal("true", cut.Find("input[role=switch]").GetAttribute("aria-checked"));
        Assert.Contains("Dark", cut.Find("label.mud-switch").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheToggleFollowsTheElementAndHonoursDisabled()
    {
        var cut = Render<ToggleView, ToggleElement>(Some.Toggle(value: false));

        Rerun(cut, Some.Toggle(value: true, disabled: true));

        var input = cut.Find("input[role=switch]");
        Assert.True(input.HasAttribute("checked"));
        Assert.True(input.HasAttribute("disabled"));
    }

    [Fact]
    public void AnEqualToggleDoesNotRenderAgain()
    {
        var cut = Render<ToggleView, ToggleElement>(Some.Toggle());

        Rerun(cut, Some.Toggle());

        Assert.Equal(1, cut.RenderCount);
    }
}
