using DataApps.Components.Views.Layout;

namespace DataApps.Components.Tests.Layout;

public sealed class OverlayViewsTests : RendererTest
{
    [Fact]
    public void ADialogShowsItsTitleAndContentAsAModal()
    {
        var cut = Render<DialogView, DialogElement>(Dialog(opened: 1));

        var dialog = cut.Find("[role=dialog]");
        Assert.Equal("true", dialog.GetAttribute("aria-modal"));
        Assert.Equal("Rename", cut.Find(".da-dialog-title").TextContent.Trim());
        Assert.Contains("inside", cut.Find(".da-dialog-body").TextContent, StringComparison.Ordinal);
        Assert.Contains("da-dialog-small", dialog.ClassList);
    }

    [Fact]
    public void ClosingADialogSendsNothingAndANewOpeningShowsItAgain()
    {
        var cut = Render<DialogView, DialogElement>(Dialog(opened: 1));

        cut.Find(".da-dialog-close").Click();

        Assert.Empty(cut.FindAll("[role=dialog]"));
        Assert.Empty(Sink.Values);
        Assert.Empty(Sink.Triggers);

        Rerun(cut, Dialog(opened: 1) with { Children = new Element[] { new TextElement("changed") } }); // a rerun of the dialog itself
        Assert.Empty(cut.FindAll("[role=dialog]"));

        Rerun(cut, Dialog(opened: 5)); // the page opened it again
        Assert.Single(cut.FindAll("[role=dialog]"));
    }

    [Fact]
    public void EscapeAndTheBackdropCloseADismissibleDialogOnly()
    {
        var cut = Render<DialogView, DialogElement>(Dialog(opened: 1));
        cut.Find("[role=dialog]").KeyDown("Escape");
        Assert.Empty(cut.FindAll("[role=dialog]"));

        var fixedOne = Render<DialogView, DialogElement>(Dialog(opened: 1) with { Dismissible = false });
        fixedOne.Find(".da-dialog-backdrop").Click();
        fixedOne.Find("[role=dialog]").KeyDown("Escape");
        Assert.Single(fixedOne.FindAll("[role=dialog]"));
        Assert.Empty(fixedOne.FindAll(".da-dialog-close"));
    }

    [Fact]
    public void APopoverOpensAndClosesItsPanelWithItsButton()
    {
        var popover = new PopoverElement("Settings", false) { Children = new Element[] { new TextElement("inside") } };
        var cut = Render<PopoverView, PopoverElement>(popover);
        Assert.True(cut.Find(".da-popover-panel").HasAttribute("hidden"));

        cut.Find("button.da-popover-button").Click();
        Assert.False(cut.Find(".da-popover-panel").HasAttribute("hidden"));
        Assert.Equal("true", cut.Find("button.da-popover-button").GetAttribute("aria-expanded"));

        cut.Find(".da-popover-backdrop").Click();
        Assert.True(cut.Find(".da-popover-panel").HasAttribute("hidden"));
    }

    private static DialogElement Dialog(int opened) =>
        new("fragment:key:d", "Rename", DialogWidth.Small, true, opened) { Children = new Element[] { new TextElement("inside") } };
}
