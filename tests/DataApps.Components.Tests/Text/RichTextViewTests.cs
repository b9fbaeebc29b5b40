using DataApps.Components.Rendering;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

/// <summary>ui.Latex, ui.Html and ui.Badge renderers, and the math that markdown keeps for the browser to typeset.</summary>
public sealed class RichTextViewTests : RendererTest
{
    [Fact]
    public void LatexRendersItsSourceInADisplayMathElementForTheBrowserToTypeset()
    {
        var cut = Render<LatexView, LatexElement>(new LatexElement(@"a < b \land \frac{1}{2}"));

        var math = cut.Find(".da-latex div.math");
        Assert.Equal(@"\[a < b \land \frac{1}{2}\]", math.TextContent);
        Assert.Empty(math.Children);
    }

    [Fact]
    public void LatexSourceCannotInjectMarkup()
    {
        var cut = Render<LatexView, LatexElement>(new LatexElement("</div><img src=x onerror=alert(1)>"));

        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("<img", cut.Find("div.math").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Area: $\\pi r^2$ here", "span", "\\(\\pi r^2\\)")]
    [InlineData("$$\n\\int_0^1 x\\,dx\n$$", "div", "\\[\n\\int_0^1 x\\,dx\n\\]")]
    public void MarkdownKeepsMathElementsThroughTheSanitizer(string markdown, string tag, string source)
    {
        var cut = Render<MarkdownView, MarkdownElement>(new MarkdownElement(markdown, AllowHtml: false));

        Assert.Equal(source, cut.Find($".da-markdown {tag}.math").TextContent.Trim());
    }

    [Theory]
    [InlineData("It costs $5 and $10 today.")]
    [InlineData("From $5-$10 a month")]
    [InlineData("Price \\$5 and $10")]
    public void CurrencyIsNotMath(string markdown)
    {
        var cut = Render<MarkdownView, MarkdownElement>(new MarkdownElement(markdown, AllowHtml: false));

        Assert.Empty(cut.FindAll(".math"));
        Assert.Contains("$10", cut.Find(".da-markdown").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheMathClassSurvivesTheSanitizer()
    {
        var html = MarkdownRenderer.ToHtml("""<div class="mud-overlay math da-toast">x</div><span class="mud-popover">y</span>""", allowHtml: true);

        Assert.Contains("""<div class="math">x</div>""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("da-toast", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlIsShownWithScriptsAndHandlersRemoved()
    {
        var cut = Render<HtmlView, HtmlElement>(new HtmlElement(
            """<p><span style="text-decoration: line-through">Oops</span>!</p><script>alert(1)</script><img src="/a.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a>"""));

        Assert.Equal("Oops", cut.Find(".da-html p span").TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Null(cut.Find("img").GetAttribute("onerror"));
        Assert.Null(cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void HtmlIsNotReadAsMarkdown()
    {
        var cut = Render<HtmlView, HtmlElement>(new HtmlElement("<div>\n\n    indented *not emphasis*\n</div>"));

        Assert.Empty(cut.FindAll("pre"));
        Assert.Empty(cut.FindAll("em"));
    }

    [Fact]
    public void HtmlLosesFormsAndOverlaysLikeMarkdownWithHtml()
    {
        var cut = Render<HtmlView, HtmlElement>(new HtmlElement(
            """<form action="https://elsewhere.example"><input type="password"></form><div style="position: fixed; inset: 0; color: red">cover</div><style>body { display: none }</style>"""));

        Assert.Empty(cut.FindAll("form"));
        Assert.Empty(cut.FindAll("style"));
        Assert.Empty(cut.FindAll("input"));
        Assert.DoesNotContain("position", cut.Find(".da-html div").GetAttribute("style") ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BadgeColor.Blue, "da-badge-blue")]
    [InlineData(BadgeColor.Green, "da-badge-green")]
    [InlineData(BadgeColor.Primary, "da-badge-primary")]
    public void ABadgeShowsItsTextInItsColour(BadgeColor color, string cssClass)
    {
        var cut = Render<BadgeView, BadgeElement>(new BadgeElement("Stable", null, color));

        var badge = cut.Find("span.da-badge");
        Assert.Contains(cssClass, badge.ClassList);
        Assert.Equal("Stable", badge.TextContent.Trim());
    }

    [Theory]
    [InlineData("check")]
    [InlineData(":material/check:")]
    public void ABadgeIconNamesAMaterialIcon(string icon)
    {
        var cut = Render<BadgeView, BadgeElement>(new BadgeElement("Done", icon, BadgeColor.Green));

        Assert.NotNull(cut.Find(".da-badge svg.da-badge-icon"));
    }

    [Fact]
    public void ABadgeIconThatIsNoMaterialNameIsShownAsText()
    {
        var cut = Render<BadgeView, BadgeElement>(new BadgeElement("Hot", "🔥", BadgeColor.Red));

        Assert.Equal("🔥", cut.Find(".da-badge span.da-badge-icon").TextContent);
    }
}
