using System.Text.Json;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests.Text;

public sealed class JsonViewTests : RendererTest
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void RendersKeysAndValuesWithTheirKinds()
    {
        var cut = Render<JsonView, JsonTreeElement>(new JsonTreeElement("""{ "name": "Adelie", "count": 152, "wild": true, "tag": null }"""));

        Assert.Equal(["\"name\"", "\"count\"", "\"wild\"", "\"tag\""], cut.FindAll(".da-json-key").Select(e => e.TextContent));
        Assert.Equal("\"Adelie\"", cut.Find(".da-json-string").TextContent);
        Assert.Equal("152", cut.Find(".da-json-number").TextContent);
        Assert.Equal("true", cut.Find(".da-json-bool").TextContent);
        Assert.Equal("null", cut.Find(".da-json-null").TextContent);
    }

    [Fact]
    public void ObjectsAndArraysAreCollapsibleNodesThatCountTheirItems()
    {
        var cut = Render<JsonView, JsonTreeElement>(new JsonTreeElement("""{ "species": ["Adelie", "Gentoo"] }"""));

        var nodes = cut.FindAll("details.da-json-node");
        Assert.Equal(2, nodes.Count);
        Assert.Equal("2 items", nodes[1].QuerySelector(".da-json-count")!.TextContent);
    }

    [Fact]
    public void ShortDocumentsStartFullyOpen()
    {
        var cut = Render<JsonView, JsonTreeElement>(new JsonTreeElement("""{ "a": { "b": { "c": [1] } } }"""));

        Assert.All(cut.FindAll("details"), d => Assert.True(d.HasAttribute("open")));
    }

    [Fact]
    public void LongDocumentsOpenOnlyTheFirstTwoLevels()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new { id = i, tags = new[] { "x", "y" } });
        var cut = Render<JsonView, JsonTreeElement>(new JsonTreeElement(JsonSerializer.Serialize(new { rows }, Indented)));

        Assert.True(cut.Find(".da-json > details").HasAttribute("open"));
        var rowNode = cut.Find(".da-json > details > .da-json-body > details > .da-json-body > details");
        Assert.False(rowNode.HasAttribute("open"));
    }

    [Fact]
    public void TextIsHtmlEncodedAndNonAsciiIsShownAsIs()
    {
        var cut = Render<JsonView, JsonTreeElement>(new JsonTreeElement(JsonSerializer.Serialize(new { html = "<b>café</b>" })));

        Assert.Empty(cut.FindAll(".da-json b"));
        Assert.Equal("\"<b>café</b>\"", cut.Find(".da-json-string").TextContent);
    }

    [Fact]
    public void TextThatIsNotJsonIsShownAsIs()
    {
        var cut = Render<JsonView, JsonTreeElement>(new JsonTreeElement("not <json>"));

        Assert.Equal("not <json>", cut.Find(".da-json-raw").TextContent);
    }

    [Fact]
    public void AChangedDocumentIsShown()
    {
        var cut = Render<JsonView, JsonTreeElement>(new JsonTreeElement("[1]"));

        Rerun(cut, new JsonTreeElement("[2]"));

        Assert.Equal("2", cut.Find(".da-json-number").TextContent);
    }
}
