using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Data;
using Microsoft.Data.Analysis;

namespace DataApps.Components.Tests.Data;

public sealed class DataFrameViewTests : RendererTest
{
    /// <summary>Rows 0..n-1 with <c>value</c> = (n - 1 - row) × 10, so sorting by value reverses the frame.</summary>
    private static DataFrame Frame(int rows) => new(
        new StringDataFrameColumn("name", Enumerable.Range(0, rows).Select(i => "row " + i)),
        new PrimitiveDataFrameColumn<int>("value", Enumerable.Range(0, rows).Select(i => (rows - 1 - i) * 10)));

    private static int[] ShownRows(IRenderedComponent<DataFrameView> cut) =>
        [.. cut.FindAll(".da-grid-rows .da-row").Select(r => int.Parse(r.GetAttribute("data-row")!, System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void OnlyAWindowOfALargeFrameIsRendered()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(100_000)));

        var shown = ShownRows(cut);
        Assert.InRange(shown.Length, 10, 60);
        Assert.Equal(Enumerable.Range(0, shown.Length), shown);
        Assert.Equal("100000", cut.Find(".da-grid-rows").GetAttribute("data-total"));
        Assert.Contains("100,000 rows", cut.Find(".da-grid-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBrowserAsksForAnotherWindowAndOnlyThatIsRendered()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(100_000)));

        await cut.InvokeAsync(() => cut.Instance.Viewport(90_000, 20));

        Assert.Equal(Enumerable.Range(90_000, 20), ShownRows(cut));
        Assert.Equal("90000", cut.Find(".da-grid-rows").GetAttribute("data-first"));
        Assert.Equal("row 90000", cut.Find("[data-row='90000'] .da-cell:not(.da-index)").TextContent);
    }

    [Fact]
    public async Task TheLastWindowEndsAtTheLastRow()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(1000)));

        await cut.InvokeAsync(() => cut.Instance.Viewport(995, 20));

        Assert.Equal(999, ShownRows(cut).Max());
    }

    [Fact]
    public void ClickingAHeaderSortsOnTheServerAndAgainReversesIt()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(1000)));

        cut.Find("[data-column=value] button").Click();
        cut.WaitForAssertion(() => Assert.Equal(999, ShownRows(cut)[0]), Patience);
        Assert.Equal("ascending", cut.Find("[data-column=value]").GetAttribute("aria-sort"));

        cut.Find("[data-column=value] button").Click();
        cut.WaitForAssertion(() => Assert.Equal(0, ShownRows(cut)[0]), Patience);
        Assert.Equal("descending", cut.Find("[data-column=value]").GetAttribute("aria-sort"));
    }

    [Fact]
    public void TypingAFilterKeepsOnlyTheMatchingRows()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(1000)));

        cut.Find("input[aria-label='Filter value']").Input("<= 20");

        cut.WaitForAssertion(() => Assert.Equal([997, 998, 999], ShownRows(cut)), Patience);
        Assert.Contains("3 of 1,000 rows", cut.Find(".da-grid-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchBoxSearchesEveryColumn()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(1000)));

        cut.Find(".da-grid-search input").Input("ROW 12");

        cut.WaitForAssertion(() => Assert.Equal([12, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129], ShownRows(cut)[..11]), Patience);
    }

    [Fact]
    public void ClickingARowOfASingleSelectionGridSendsItsIndex()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(RowSelection.SingleRow, Frame(50)));

        cut.Find("[data-row='3']").Click();

        Assert.Equal("data-frame-1", Sink.Single.WidgetId);
        Assert.Equal([3], (int[])Sink.Single.Value!);
        Assert.Equal("true", cut.Find("[data-row='3']").GetAttribute("aria-selected"));
    }

    [Fact]
    public void CheckingRowsOfAMultiSelectionGridSendsAllCheckedIndices()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(RowSelection.MultiRow, Frame(50)));

        cut.Find("[data-row='5'] input[type=checkbox]").Change(true);
        cut.Find("[data-row='2'] input[type=checkbox]").Change(true);

        Assert.Equal([5], (int[])Sink.Values[0].Value!);
        Assert.Equal([2, 5], (int[])Sink.Values[1].Value!);
    }

    [Fact]
    public void AGridWithoutSelectionSendsNothingOnClick()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(50)));

        cut.Find("[data-row='3']").Click();

        Assert.Empty(Sink.Values);
        Assert.Null(cut.Find("[data-row='3']").GetAttribute("aria-selected"));
    }

    [Fact]
    public void TheSortSurvivesARerunWithANewFrame()
    {
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: Frame(1000)));
        cut.Find("[data-column=value] button").Click();
        cut.WaitForAssertion(() => Assert.Equal(999, ShownRows(cut)[0]), Patience);

        Rerun(cut, Some.DataFrame(data: Frame(500)));

        cut.WaitForAssertion(() => Assert.Equal(499, ShownRows(cut)[0]), Patience);
        Assert.Equal("ascending", cut.Find("[data-column=value]").GetAttribute("aria-sort"));
    }

    [Fact]
    public void ColumnConfigurationShapesTheGrid()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("site", ["https://example.org"]),
            new PrimitiveDataFrameColumn<double>("done", [0.25]),
            new PrimitiveDataFrameColumn<bool>("ok", [true]),
            new StringDataFrameColumn("pic", ["/a.png"]),
            new PrimitiveDataFrameColumn<int>("secret", [7]));

        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(data: frame, columns:
            [Column.Link("site", "Site", displayText: "open"), Column.Progress("done") with { Pinned = true, Width = 200 }, Column.Hide("secret"), Column.Image("pic")]));

        Assert.Equal(["done", "Site", "ok", "pic"], cut.FindAll(".da-grid-header [data-column] .da-cell-text").Select(e => e.TextContent));
        var link = cut.Find(".da-row a");
        Assert.Equal(("https://example.org", "_blank", "open"), (link.GetAttribute("href"), link.GetAttribute("target"), link.TextContent));
        Assert.Contains("noopener", link.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Equal("25", cut.Find(".da-row [role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Equal("true", cut.Find(".da-row .da-check").GetAttribute("aria-label"));
        Assert.Equal("/a.png", cut.Find(".da-row img").GetAttribute("src"));
        var css = cut.Find("style").TextContent;
        Assert.Contains("grid-template-columns:48px 200px ", css, StringComparison.Ordinal);
        Assert.Contains(".da-cell:nth-child(2){position:sticky;left:48px;z-index:1;box-shadow", css, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-column=secret]"));
    }

    [Fact]
    public void TurningOnMultiSelectionMovesThePinnedColumnsRightOfTheCheckBoxes()
    {
        var frame = Frame(10);
        var cut = Render<DataFrameView, DataFrameElement>(Some.DataFrame(RowSelection.SingleRow, frame, Column.Text("name") with { Pinned = true }));

        Rerun(cut, Some.DataFrame(RowSelection.MultiRow, frame, Column.Text("name") with { Pinned = true }));

        var css = cut.Find("style").TextContent;
        Assert.Contains("grid-template-columns:40px 48px ", css, StringComparison.Ordinal);
        Assert.Contains(".da-cell:nth-child(2){position:sticky;left:40px;", css, StringComparison.Ordinal);
        Assert.Contains(".da-cell:nth-child(3){position:sticky;left:88px;", css, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("[data-row='0'] .da-select input[type=checkbox]"));
    }

    [Fact]
    public void AnEqualElementDoesNotRenderAgain()
    {
        var element = Some.DataFrame(data: Frame(10));
        var cut = Render<DataFrameView, DataFrameElement>(element);
        var before = cut.RenderCount;

        Rerun(cut, element with { });

        Assert.Equal(before, cut.RenderCount);
    }
}
