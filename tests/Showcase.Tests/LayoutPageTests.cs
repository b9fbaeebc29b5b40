using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class LayoutPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<LayoutPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task TheUnitsRadioLivesInTheSidebarAndDrivesTheMainArea()
    {
        using var app = await OpenAsync();
        Assert.Contains(app.Sidebar, e => e is RadioElement { Label: "Units" });
        Assert.DoesNotContain(app.Main, e => e is RadioElement);

        await app.Radio("Units").SetValue("Imperial").RunAsync();

        Assert.Contains("Units chosen in the sidebar: Imperial", Texts.Of(app));
    }

    [Fact]
    public async Task ColumnsComeAsThreeEqualOnesAndAsTwoToOne()
    {
        using var app = await OpenAsync();

        var columns = app.Get<ColumnsElement>();

        Assert.Equal(2, columns.Count);
        Assert.Equal(new[] { 1.0, 1.0, 1.0 }, columns[0].Weights);
        Assert.Equal(new[] { 2.0, 1.0 }, columns[1].Weights);
        Assert.Equal(
            new[] { "The first column.", "The second column.", "The third column." },
            columns[0].Children.Select(c => Assert.IsType<TextElement>(((ColumnElement)c).Children[1]).Text));
    }

    [Fact]
    public async Task EveryTabHasContent()
    {
        using var app = await OpenAsync();

        var tabs = Assert.Single(app.Get<TabsElement>());

        Assert.Equal(new[] { "Intro", "Code", "Data" }, tabs.Labels);
        Assert.All(tabs.Children, tab => Assert.NotEmpty(Assert.IsType<TabElement>(tab).Children));
    }

    [Fact]
    public async Task TheChildUiExpanderStartsClosedAndTheLambdaOneStartsOpen()
    {
        using var app = await OpenAsync();

        var expanders = app.Get<ExpanderElement>();

        Assert.Equal(2, expanders.Count);
        Assert.False(expanders[0].Expanded);
        Assert.Contains(expanders[0].Children, c => c is TextElement { Text: "Collapsed until you open it." });
        Assert.True(expanders[1].Expanded);
        Assert.Contains(expanders[1].Children, c => c is TextElement { Text: "This one starts open." });
    }

    [Fact]
    public async Task TheBorderedContainerShowsWhereItWasMadeWithTextWrittenLast()
    {
        using var app = await OpenAsync();
        var main = app.Main.ToList();

        var box = Assert.Single(main.OfType<ContainerElement>(), c => c.Border);
        var content = Assert.IsType<MarkdownElement>(Assert.Single(box.Children));

        Assert.Contains("written last", content.Markdown, StringComparison.Ordinal);
        Assert.True(main.IndexOf(box) < main.FindIndex(e => e is HeaderElement { Text: "Sidebar" }));
    }

    [Fact]
    public async Task TheEmptyPlaceholderShowsOnlyItsLastWrite()
    {
        using var app = await OpenAsync();

        var slot = Assert.Single(app.Get<EmptyElement>());

        Assert.IsType<SuccessElement>(Assert.Single(slot.Children));
    }
}
