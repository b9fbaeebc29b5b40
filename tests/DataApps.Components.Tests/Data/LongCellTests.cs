using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace DataApps.Components.Tests.Data;

public sealed class LongCellTests : IAsyncDisposable
{
    private const string ScriptPath = "./_content/DataApps.Components/largeText.js";
    private static readonly string Huge = new('x', 20_000_000);

    private BunitContext? _context;

    public ValueTask DisposeAsync() => _context?.DisposeAsync() ?? ValueTask.CompletedTask;

    private BunitContext Context(int? maxCellLength = null)
    {
        _context = RendererContext.Create(b =>
        {
            if (maxCellLength is { } max)
            {
                b.Services.Configure<DataAppsOptions>(o => o.MaxCellLength = max);
            }
        });
        return _context;
    }

    private static DataFrame Frame(string text) => new(new StringDataFrameColumn("notes", ["short", text]), new Int32DataFrameColumn("n", [1, 2]));

    private static IRenderedComponent<TView> Render<TView, TElement>(BunitContext context, TElement element)
        where TView : ElementView<TElement>
        where TElement : Element =>
        context.Render<TView>(p => p.Add(v => v.Element, element).AddCascadingValue<IWidgetSink>(new RecordingSink()));

    [Fact]
    public void AGridCellOfTwentyMegabytesShowsItsFirstThousandCharactersAndADownloadButton()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Context(), Some.DataFrame(data: Frame(Huge)));

        var cell = cut.Find("[data-row='1'] .da-cell-long");
        Assert.Equal(new string('x', 1000) + "…", cell.QuerySelector(".da-cell-text")!.TextContent);
        Assert.Equal("Shortened: download the full value (20,000,000 characters)", cell.QuerySelector("button.da-cell-full")!.GetAttribute("title"));
        Assert.True(cut.Markup.Length < 100_000, $"The grid's markup is {cut.Markup.Length:N0} characters.");
        Assert.Equal("short", cut.Find("[data-row='0'] .da-cell:not(.da-index)").TextContent);
        Assert.Empty(cut.FindAll("[data-row='0'] .da-cell-full"));
    }

    [Fact]
    public void ATableCellOfTwentyMegabytesShowsItsFirstThousandCharactersAndADownloadButton()
    {
        var cut = Render<TableView, TableElement>(Context(), new TableElement(new[] { "notes" }, new[] { false }, new[] { "short", Huge }, 2));

        var cells = cut.FindAll("td");
        Assert.Equal("short", cells[0].TextContent.Trim());
        Assert.Equal(new string('x', 1000) + "…", cells[1].TextContent.Replace("⤓", "", StringComparison.Ordinal).Trim());
        Assert.Single(cut.FindAll("td button.da-cell-full"));
        Assert.True(cut.Markup.Length < 10_000, $"The table's markup is {cut.Markup.Length:N0} characters.");
    }

    [Fact]
    public void TheCellLimitIsConfigurable()
    {
        var cut = Render<TableView, TableElement>(Context(maxCellLength: 10), new TableElement(new[] { "notes" }, new[] { false }, new[] { "0123456789", "0123456789A" }, 2));

        var cells = cut.FindAll("td");
        Assert.Equal("0123456789", cells[0].TextContent.Trim());
        Assert.StartsWith("0123456789…", cells[1].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheDownloadButtonStreamsTheFullValueToTheBrowser()
    {
        var context = Context();
        var module = context.JSInterop.SetupModule(ScriptPath);
        long? streamed = null;
        module.SetupVoid("download", i =>
        {
            streamed = ((DotNetStreamReference)i.Arguments[1]!).Stream.Length;
            return true;
        }).SetVoidResult();
        var cut = Render<DataFrameView, DataFrameElement>(context, Some.DataFrame(data: Frame(Huge)));

        cut.Find("[data-row='1'] button.da-cell-full").Click();

        cut.WaitForAssertion(() => Assert.Equal(20_000_000, streamed), TimeSpan.FromSeconds(10));
        Assert.Equal("notes-row-1.txt", module.Invocations["download"].Single().Arguments[0]);
    }

    [Fact]
    public void ACutNeverSplitsACharacter()
    {
        Assert.Equal(new string('a', 9) + "…", LongCells.Shown(new string('a', 9) + "😀😀", 10));
        Assert.Equal("abc", LongCells.Shown("abc", 3));
    }
}
