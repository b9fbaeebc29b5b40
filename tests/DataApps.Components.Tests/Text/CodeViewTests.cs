using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

public sealed class CodeViewTests : RendererTest
{
    [Fact]
    public void RendersTheCodeInPreCodeWithTheLanguageClass()
    {
        var cut = Render<CodeView, CodeElement>(new CodeElement("var x = 1 < 2;", "csharp"));

        var code = cut.Find(".da-code pre > code");
        Assert.Equal("var x = 1 < 2;", code.TextContent);
        Assert.Contains("language-csharp", code.ClassList);
    }

    [Fact]
    public void CodeWithoutALanguageHasNoLanguageClass()
    {
        var cut = Render<CodeView, CodeElement>(new CodeElement("plain", null));

        Assert.Empty(cut.Find("code").ClassList);
    }

    [Fact]
    public void UnsafeCharactersAreDroppedFromTheLanguageClass()
    {
        var cut = Render<CodeView, CodeElement>(new CodeElement("x", "C# \"><b>"));

        Assert.Equal(["language-c#b"], cut.Find("code").ClassList);
    }

    [Fact]
    public void OffersACopyButton()
    {
        var cut = Render<CodeView, CodeElement>(new CodeElement("x", null));

        Assert.Equal("Copy code", cut.Find("button.da-copy").GetAttribute("aria-label"));
    }
}
