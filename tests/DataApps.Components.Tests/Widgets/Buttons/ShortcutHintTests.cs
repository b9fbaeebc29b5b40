using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

/// <summary>A button with a shortcut carries it for the page-wide listener and shows it as a key cap after its label.</summary>
public sealed class ShortcutHintTests : RendererTest
{
    [Fact]
    public void AButtonCarriesItsShortcutAndShowsTheHint()
    {
        var cut = Render<ButtonView, ButtonElement>(new ButtonElement("button-1", "Save", false) { Shortcut = "ctrl+enter" });

        var button = cut.Find("button");
        Assert.Equal("ctrl+enter", button.GetAttribute("data-shortcut"));
        Assert.Equal("Control+Enter", button.GetAttribute("aria-keyshortcuts"));
        Assert.Equal("Ctrl+Enter", button.QuerySelector("kbd.da-shortcut")!.TextContent);
    }

    [Theory]
    [InlineData("right", "→", "ArrowRight")]
    [InlineData("a", "A", "A")]
    [InlineData("meta+shift+s", "Cmd+Shift+S", "Meta+Shift+S")]
    [InlineData("escape", "Esc", "Escape")]
    public void SingleKeysAndModifiersAreShownReadably(string shortcut, string hint, string aria)
    {
        var cut = Render<ButtonView, ButtonElement>(new ButtonElement("button-1", "Next", false) { Shortcut = shortcut });

        Assert.Equal(hint, cut.Find("kbd.da-shortcut").TextContent);
        Assert.Equal(aria, cut.Find("button").GetAttribute("aria-keyshortcuts"));
    }

    [Fact]
    public void AButtonWithoutAShortcutHasNeither()
    {
        var cut = Render<ButtonView, ButtonElement>(new ButtonElement("button-1", "Go", false));

        Assert.Null(cut.Find("button").GetAttribute("data-shortcut"));
        Assert.Empty(cut.FindAll("kbd"));
    }

    [Fact]
    public void SubmitDownloadAndLinkButtonsCarryTheirShortcuts()
    {
        var submit = Render<SubmitButtonView, SubmitButtonElement>(new SubmitButtonElement("s-1", "Save", false, "f") { Shortcut = "ctrl+s" });
        var download = Render<Views.Files.DownloadButtonView, DownloadButtonElement>(
            new DownloadButtonElement("d-1", "Export", "/files/x", "x.csv", false) { Shortcut = "ctrl+e" });
        var link = Render<LinkButtonView, LinkButtonElement>(new LinkButtonElement("Docs", "https://example.org", false) { Shortcut = "ctrl+d" });

        Assert.Equal("ctrl+s", submit.Find("[data-shortcut]").GetAttribute("data-shortcut"));
        Assert.Equal("ctrl+e", download.Find("a[data-shortcut]").GetAttribute("data-shortcut"));
        Assert.Equal("ctrl+d", link.Find("a[data-shortcut]").GetAttribute("data-shortcut"));
    }
}
