using DataApps.Testing;

namespace DataApps.Core.Tests.Text;

public sealed class TextVerbTests
{
    private enum Island
    {
        Biscoe,
    }

    private sealed record Penguin(string Name, Island Island, double? Mass);

    private static async Task<Element> OnlyElementOf(Action<Ui> page)
    {
        using var app = AppTest.FromFunction(page);
        await app.RunAsync();
        Assert.Null(app.Exception);
        return Assert.Single(app.Elements);
    }

    [Fact]
    public async Task TextVerbsWriteTheirElements()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Title("Title");
            ui.Header("Header", divider: true);
            ui.Subheader("Sub");
            ui.Text("plain");
            ui.Caption("small");
            ui.Code("var x = 1;", "csharp");
            ui.Divider();
            ui.Success("ok");
            ui.Info("fyi");
            ui.Warning("careful");
            ui.Error("bad");
        });

        await app.RunAsync();

        Assert.Equal(
            [
                new TitleElement("Title"), new HeaderElement("Header", true), new SubheaderElement("Sub"), new TextElement("plain"),
                new CaptionElement("small"), new CodeElement("var x = 1;", "csharp"), new DividerElement(), new SuccessElement("ok"),
                new InfoElement("fyi"), new WarningElement("careful"), new ErrorElement("bad"),
            ],
            app.Elements);
    }

    [Fact]
    public async Task NullTextIsWrittenAsEmpty() =>
        Assert.Equal(new TextElement(""), await OnlyElementOf(ui => ui.Text(null!)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MarkdownCarriesWhetherRawHtmlIsAllowed(bool allowHtml) =>
        Assert.Equal(new MarkdownElement("<b>hi</b>", allowHtml), await OnlyElementOf(ui => ui.Markdown("<b>hi</b>", allowHtml)));

    [Fact]
    public async Task WriteShowsAStringAsMarkdownWithoutRawHtml() =>
        Assert.Equal(new MarkdownElement("**bold**", false), await OnlyElementOf(ui => ui.Write("**bold**")));

    [Fact]
    public async Task WriteShowsAnExceptionAsAnExceptionElement()
    {
        var element = Assert.IsType<ExceptionElement>(await OnlyElementOf(ui => ui.Write(new TimeoutException("too slow"))));

        Assert.Equal(typeof(TimeoutException).FullName, element.TypeName);
        Assert.Equal("too slow", element.Message);
    }

    [Fact]
    public async Task WriteShowsNumbersAndBoolsAsInvariantText()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Write(1234.5);
            ui.Write(true);
            ui.Write(new DateOnly(2024, 5, 1));
        });

        await app.RunAsync();

        Assert.Equal(["1234.5", "True", "05/01/2024"], app.Get<MarkdownElement>().Select(m => m.Markdown));
    }

    [Fact]
    public async Task WriteShowsNullAsCode() =>
        Assert.Equal(new CodeElement("null", null), await OnlyElementOf(ui => ui.Write(null)));

    [Fact]
    public async Task WriteShowsAnyOtherObjectAsJson()
    {
        var json = Assert.IsType<JsonTreeElement>(await OnlyElementOf(ui => ui.Write(new Penguin("Pingu", Island.Biscoe, null))));

        Assert.Contains("\"Name\": \"Pingu\"", json.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonOfAnObjectIsIndentedWithEnumsAsNames()
    {
        var json = Assert.IsType<JsonTreeElement>(await OnlyElementOf(ui => ui.Json(new Penguin("Pingu", Island.Biscoe, 3750.5))));

        Assert.Equal("{\n  \"Name\": \"Pingu\",\n  \"Island\": \"Biscoe\",\n  \"Mass\": 3750.5\n}", json.Json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task JsonOfAJsonStringIsTheParsedDocument()
    {
        var json = Assert.IsType<JsonTreeElement>(await OnlyElementOf(ui => ui.Json("{\"a\":[1,2]}")));

        Assert.Equal("{\n  \"a\": [\n    1,\n    2\n  ]\n}", json.Json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task JsonOfAStringThatIsNotJsonIsAJsonString()
    {
        var json = Assert.IsType<JsonTreeElement>(await OnlyElementOf(ui => ui.Json("not {json")));

        Assert.Equal("\"not {json\"", json.Json);
    }

    [Fact]
    public async Task JsonOfAnObjectWithACycleDoesNotFailThePage()
    {
        var node = new Node("root");
        node.Children.Add(node);

        var json = Assert.IsType<JsonTreeElement>(await OnlyElementOf(ui => ui.Json(node)));

        Assert.Contains("\"Name\": \"root\"", json.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonOfSomethingThatCannotBeSerializedSaysSoInsteadOfFailing()
    {
        var json = Assert.IsType<JsonTreeElement>(await OnlyElementOf(ui => ui.Json(new Func<int>(() => 1))));

        Assert.Contains("not serializable as JSON", json.Json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1234567, "1,234,567")]
    [InlineData(1234.56789, "1,234.5679")]
    [InlineData(0.5f, "0.5")]
    [InlineData("70 °F", "70 °F")]
    [InlineData(null, "—")]
    public async Task MetricFormatsItsValue(object? value, string shown) =>
        Assert.Equal(shown, Assert.IsType<MetricElement>(await OnlyElementOf(ui => ui.Metric("m", value))).Value);

    [Fact]
    public async Task MetricFormatsDecimalsAndLongs()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Metric("money", 1234.5m);
            ui.Metric("big", 12_345_678_901L);
        });

        await app.RunAsync();

        Assert.Equal(["1,234.5", "12,345,678,901"], app.Get<MetricElement>().Select(m => m.Value));
    }

    [Theory]
    [InlineData(3, "+3", DeltaDirection.Up)]
    [InlineData(-2.5, "-2.5", DeltaDirection.Down)]
    [InlineData(0, "0", DeltaDirection.None)]
    [InlineData("1.2 °F", "+1.2 °F", DeltaDirection.Up)]
    [InlineData("+4%", "+4%", DeltaDirection.Up)]
    [InlineData("-5%", "-5%", DeltaDirection.Down)]
    [InlineData("0", "0", DeltaDirection.None)]
    [InlineData(null, null, DeltaDirection.None)]
    public async Task MetricDeltaPointsUpOrDownByItsSign(object? delta, string? shown, DeltaDirection direction)
    {
        var metric = Assert.IsType<MetricElement>(await OnlyElementOf(ui => ui.Metric("m", 1, delta)));

        Assert.Equal((shown, direction), (metric.Delta, metric.Direction));
    }

    [Fact]
    public async Task MetricCarriesHowItsDeltaIsColoured()
    {
        var metric = Assert.IsType<MetricElement>(await OnlyElementOf(ui => ui.Metric("Errors", 12, 3, DeltaColor.Inverse)));

        Assert.Equal(new MetricElement("Errors", "12", "+3", DeltaDirection.Up, DeltaColor.Inverse), metric);
    }

    [Fact]
    public async Task CustomElementsAreWrittenWithAdd()
    {
        var element = await OnlyElementOf(ui => ui.Add(new RatingElement(4)));

        Assert.Equal(new RatingElement(4), element);
        Assert.Equal("rating", element.Kind);
    }

    private sealed record RatingElement(int Stars) : Element;

    private sealed class Node(string name)
    {
        public string Name { get; } = name;

        public List<Node> Children { get; } = [];
    }
}
