using DataApps.Testing;

namespace DataApps.Core.Tests.Text;

/// <summary>ui.Latex, ui.Html, ui.Badge, ui.Echo and ui.Write with several values.</summary>
public sealed class RichTextVerbTests
{
    private static async Task<AppTest> Run(Action<Ui> page)
    {
        var app = AppTest.FromFunction(page);
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task LatexHtmlAndBadgeWriteTheirElements()
    {
        using var app = await Run(ui =>
        {
            ui.Latex(@"e^{i\pi} + 1 = 0");
            ui.Html("<b>bold</b>");
            ui.Badge("New");
            ui.Badge("Stable", icon: ":material/check:", color: BadgeColor.Green);
        });

        Assert.Null(app.Exception);
        Assert.Equal(
            [
                new LatexElement(@"e^{i\pi} + 1 = 0"), new HtmlElement("<b>bold</b>"),
                new BadgeElement("New", null, BadgeColor.Blue), new BadgeElement("Stable", ":material/check:", BadgeColor.Green),
            ],
            app.Elements);
    }

    [Fact]
    public async Task EmptyHtmlIsAnErrorThatNamesTheArgument()
    {
        using var app = await Run(ui => ui.Html("  "));

        var error = Assert.IsType<ArgumentException>(app.Exception);
        Assert.Contains("ui.Html", error.Message, StringComparison.Ordinal);
        Assert.Equal("html", error.ParamName);
    }

    [Fact]
    public async Task AnUndefinedBadgeColourIsAnErrorThatNamesTheBadge()
    {
        using var app = await Run(ui => ui.Badge("Beta", color: (BadgeColor)42));

        var error = Assert.IsType<ArgumentOutOfRangeException>(app.Exception);
        Assert.Contains("'Beta'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EchoShowsTheBlocksSourceAboveWhatItWrites()
    {
        using var app = await Run(ui =>
        {
            ui.Echo(() =>
            {
                var total = 6 * 7;
                if (total > 40)
                {
                    ui.Text($"Total: {total}");
                }
            });
        });

        Assert.Equal(
            [
                new CodeElement("var total = 6 * 7;\nif (total > 40)\n{\n    ui.Text($\"Total: {total}\");\n}", "csharp"),
                new TextElement("Total: 42"),
            ],
            app.Elements);
    }

    [Fact]
    public async Task EchoKeepsCommentsAndBlankLinesOfTheBlock()
    {
        using var app = await Run(ui => ui.Echo(() =>
        {
            // the answer
            ui.Text("42");

            ui.Divider(); /* done */
        }));

        Assert.Equal("// the answer\nui.Text(\"42\");\n\nui.Divider(); /* done */", app.Get<CodeElement>().Single().Code);
    }

    [Fact]
    public async Task EchoCanShowTheCodeBelow()
    {
        using var app = await Run(ui => ui.Echo(() => ui.Text("hi"), CodeLocation.Below));

        Assert.Equal([new TextElement("hi"), new CodeElement("ui.Text(\"hi\");", "csharp")], app.Elements);
    }

    [Fact]
    public async Task EchoOfAnAsyncBlockShowsItsStatements()
    {
        using var app = AppTest.FromFunction(async ui =>
        {
            await ui.Echo(async () =>
            {
                await Task.Yield();
                ui.Text("after");
            });
        });
        await app.RunAsync();

        Assert.Equal([new CodeElement("await Task.Yield();\nui.Text(\"after\");", "csharp"), new TextElement("after")], app.Elements);
    }

    [Theory]
    [InlineData("() => { ui.Text(\"a\"); }", "ui.Text(\"a\");")]
    [InlineData("static () => ui.Divider()", "ui.Divider();")]
    [InlineData("ShowTotals", "ShowTotals")]
    [InlineData("() =>\r\n        {\r\n            a();\r\n\r\n            b();\r\n        }", "a();\n\nb();")]
    public void EchoSourceDropsTheWrapperAndTheCommonIndentation(string expression, string shown)
    {
        Assert.Equal(shown, Ui.EchoSource(expression));
    }

    [Fact]
    public async Task WriteWithSeveralValuesJoinsNeighbouringTextWithASpace()
    {
        var rows = new[] { new { Name = "Ada", Age = 36 } };
        using var app = await Run(ui => ui.Write("Total:", 42, "rows", rows, "**done**", true));

        Assert.Null(app.Exception);
        Assert.Collection(
            app.Elements,
            e => Assert.Equal(new MarkdownElement("Total: 42 rows", false), e),
            e => Assert.IsType<DataFrameElement>(e),
            e => Assert.Equal(new MarkdownElement("**done** True", false), e));
    }

    [Fact]
    public async Task WriteWithOneValueIsUnchanged()
    {
        using var app = await Run(ui => ui.Write(42));

        Assert.Equal([new MarkdownElement("42", false)], app.Elements);
    }

    [Fact]
    public async Task WriteWithANullSecondValueWritesTheNull()
    {
        using var app = await Run(ui => ui.Write("a", null));

        Assert.Equal([new MarkdownElement("a", false), new CodeElement("null", null)], app.Elements);
    }

    [Fact]
    public async Task WriteWithSeveralValuesIntoAPlaceholderIsAnError()
    {
        using var app = await Run(ui => ui.Empty().Write("a", new { b = 1 }));

        var error = Assert.IsType<InvalidOperationException>(app.Exception);
        Assert.Contains("ui.Empty()", error.Message, StringComparison.Ordinal);
    }
}
