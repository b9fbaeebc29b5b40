using DataApps.Components.Rendering;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Rendering;

public sealed class MarkdownSanitizerTests : RendererTest
{
    private const string PasswordForm =
        """<form action="https://elsewhere.example/collect" method="post"><label>Password</label><input type="password" name="p"><select><option>a</option></select><textarea>t</textarea><button type="submit">Sign in</button></form>""";

    [Theory]
    [InlineData("form")]
    [InlineData("input")]
    [InlineData("button")]
    [InlineData("textarea")]
    [InlineData("select")]
    [InlineData("option")]
    [InlineData("label")]
    public void FormsAndControlsAreRemovedFromAllowedHtml(string tag)
    {
        var html = MarkdownRenderer.ToHtml(PasswordForm + $"<{tag}>loose</{tag}>", allowHtml: true);

        Assert.DoesNotContain("<" + tag, html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("position: fixed; top: 0; left: 0; width: 100vw; height: 100vh", "position")]
    [InlineData("position: sticky; top: 0", "position")]
    [InlineData("position: absolute; inset: 0", "position")]
    [InlineData("z-index: 2147483647", "z-index")]
    public void OverlayStylesAreRemovedButColoursStay(string style, string removed)
    {
        var html = MarkdownRenderer.ToHtml($"""<div style="{style}; color: red">overlay</div>""", allowHtml: true);

        Assert.DoesNotContain(removed, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("color: rgba(255, 0, 0, 1)", html, StringComparison.Ordinal);
        Assert.Contains("overlay", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatAuthorsUseIsKept()
    {
        const string source =
            """<b>b</b><i>i</i><u>u</u><sub>2</sub><table><tr><th>h</th><td>d</td></tr></table><img src="/chart.png" alt="chart"><a href="https://example.com/">link</a><span style="color: #c00; background-color: yellow">warn</span>""";

        var html = MarkdownRenderer.ToHtml(source, allowHtml: true);

        foreach (var kept in new[] { "<b>", "<i>", "<u>", "<sub>", "<table>", "<th>", "<td>", "<img src=\"/chart.png\"", "<a href=\"https://example.com/\"", "color: rgba(204, 0, 0, 1)", "<span" })
            Assert.Contains(kept, html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderedMarkdownWithHtmlHasNoPasswordFieldOrFixedOverlay()
    {
        var markdown = "Please sign in again\n\n" + PasswordForm +
            """<div style="position: fixed; inset: 0; z-index: 9999; background: white">Session expired</div>""";

        var cut = Render<MarkdownView, MarkdownElement>(new MarkdownElement(markdown, AllowHtml: true));

        Assert.Empty(cut.FindAll("input, form, button"));
        var overlay = cut.FindAll(".da-markdown div").Single(d => d.TextContent == "Session expired");
        var style = overlay.GetAttribute("style") ?? "";
        Assert.DoesNotContain("fixed", style, StringComparison.Ordinal);
        Assert.DoesNotContain("z-index", style, StringComparison.Ordinal);
        Assert.Contains("Please sign in again", cut.Markup, StringComparison.Ordinal);
    }
}
