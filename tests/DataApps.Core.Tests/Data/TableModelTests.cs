using DataApps.Data;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

public sealed class TableModelTests
{
    // Rows: 0 b/2/true, 1 a/1/null, 2 c/null/false, 3 A/1/true, 4 b/3/false
    private static DataFrame Frame() => new(
        new StringDataFrameColumn("name", ["b", "a", "c", "A", "b"]),
        new PrimitiveDataFrameColumn<double>("score", [2.0, 1.0, null, 1.0, 3.0]),
        new PrimitiveDataFrameColumn<bool>("ok", [true, null, false, true, false]),
        new PrimitiveDataFrameColumn<DateTime>("day", [new DateTime(2024, 1, 1), new DateTime(2024, 1, 2, 13, 0, 0), new DateTime(2024, 1, 3), null, new DateTime(2024, 1, 2)]));

    private static TableModel Model(DataFrame? frame = null, params Column[] columns) =>
        TableModel.Create(frame ?? Frame(), columns, out var error) ?? throw new InvalidOperationException(error);

    private static int[] Order(TableModel model) => [.. model.GetRows(0, model.Count).Select(r => r.Index)];

    [Fact]
    public void SortingKeepsTheFrameOrderOfEqualValuesAndPutsNullsLast()
    {
        var model = Model();

        Assert.Equal([1, 3, 0, 4, 2], Order(model.Apply(new TableQuery("score"))));
        Assert.Equal([4, 0, 1, 3, 2], Order(model.Apply(new TableQuery("score", Descending: true))));
    }

    [Fact]
    public void StringsSortIgnoringCaseThenByCaseAndStably()
    {
        var model = Model();

        Assert.Equal([3, 1, 0, 4, 2], Order(model.Apply(new TableQuery("name"))));
        Assert.Equal([2, 0, 4, 1, 3], Order(model.Apply(new TableQuery("name", Descending: true))));
    }

    [Fact]
    public void BooleansAndDatesSortWithNullsLastInBothDirections()
    {
        var model = Model();

        Assert.Equal([2, 4, 0, 3, 1], Order(model.Apply(new TableQuery("ok"))));
        Assert.Equal([0, 3, 2, 4, 1], Order(model.Apply(new TableQuery("ok", Descending: true))));
        Assert.Equal([2, 1, 4, 0, 3], Order(model.Apply(new TableQuery("day", Descending: true))));
    }

    [Fact]
    public void SortOrdersAreComputedOncePerColumnAndDirection()
    {
        var frame = Frame();

        var first = TableSort.Order(frame.Columns["score"], descending: false);
        var again = TableSort.Order(frame.Columns["score"], descending: false);

        Assert.Same(first, again);
        Assert.NotSame(first, TableSort.Order(frame.Columns["score"], descending: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ALargeSortSplitAcrossCoresGivesTheStableOrder(bool descending)
    {
        // Large enough for the parallel halves; few distinct values, so stability matters everywhere.
        var random = new Random(7);
        var values = Enumerable.Range(0, 250_000).Select(_ => (int?)(random.Next(100) == 0 ? null : random.Next(50))).ToArray();
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("v", values));
        var nonNull = Enumerable.Range(0, values.Length).Where(i => values[i] is not null);
        var expected = (descending ? nonNull.OrderByDescending(i => values[i]) : nonNull.OrderBy(i => values[i]))
            .Concat(Enumerable.Range(0, values.Length).Where(i => values[i] is null));

        Assert.Equal(expected, TableSort.Compute(frame.Columns["v"], descending));
    }

    [Fact]
    public void NaNSortsWithTheNulls()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<double>("x", [double.NaN, 2, null, -1]));

        Assert.Equal([3, 1, 0, 2], Order(Model(frame).Apply(new TableQuery("x"))));
    }

    [Theory]
    [InlineData("> 1", new[] { 0, 4 })]
    [InlineData(">= 2", new[] { 0, 4 })]
    [InlineData("< 2", new[] { 1, 3 })]
    [InlineData("<= 1", new[] { 1, 3 })]
    [InlineData("= 1", new[] { 1, 3 })]
    [InlineData("1", new[] { 1, 3 })]
    [InlineData("!= 1", new[] { 0, 4 })]
    [InlineData("2..3", new[] { 0, 4 })]
    [InlineData("..1.5", new[] { 1, 3 })]
    [InlineData("2.5..", new[] { 4 })]
    public void NumberFiltersCompareOrTakeARange(string filter, int[] expected)
    {
        var model = Model().Apply(new TableQuery(Filters: new Dictionary<string, string> { ["score"] = filter }));

        Assert.Equal(expected, Order(model));
    }

    [Fact]
    public void ADateFilterWithADayMatchesTheWholeDay()
    {
        var model = Model();

        Assert.Equal([1, 4], Order(model.Apply(new TableQuery(Filters: new Dictionary<string, string> { ["day"] = "2024-01-02" }))));
        Assert.Equal([2], Order(model.Apply(new TableQuery(Filters: new Dictionary<string, string> { ["day"] = "> 2024-01-02" }))));
        Assert.Equal([0, 1, 4], Order(model.Apply(new TableQuery(Filters: new Dictionary<string, string> { ["day"] = "..2024-01-02" }))));
    }

    [Fact]
    public void ABooleanFilterKeepsTrueOrFalse()
    {
        var model = Model();

        Assert.Equal([0, 3], Order(model.Apply(new TableQuery(Filters: new Dictionary<string, string> { ["ok"] = "true" }))));
        Assert.Equal([2, 4], Order(model.Apply(new TableQuery(Filters: new Dictionary<string, string> { ["ok"] = "false" }))));
    }

    [Fact]
    public void ATextFilterKeepsValuesContainingItIgnoringCase()
    {
        var model = Model().Apply(new TableQuery(Filters: new Dictionary<string, string> { ["name"] = "A" }));

        Assert.Equal([1, 3], Order(model));
    }

    [Fact]
    public void AnUnreadableFilterIsReportedAndIgnored()
    {
        var model = Model().Apply(new TableQuery(Filters: new Dictionary<string, string> { ["score"] = "> lots" }));

        Assert.Equal(5, model.Count);
        Assert.Contains("lots", model.FilterErrors["score"], StringComparison.Ordinal);
    }

    [Fact]
    public void FiltersCombineWithEachOtherAndWithTheSort()
    {
        var model = Model().Apply(new TableQuery("score", true, new Dictionary<string, string> { ["name"] = "b", ["ok"] = "false" }));

        Assert.Equal([4], Order(model));
    }

    [Fact]
    public void SearchFindsTheTextInAnyVisibleColumnIgnoringCase()
    {
        var model = Model();

        Assert.Equal([2], Order(model.Apply(new TableQuery(Search: "C"))));
        Assert.Equal([1, 4], Order(model.Apply(new TableQuery(Search: "01-02"))));
        Assert.Equal([0, 4], Order(model.Apply(new TableQuery(Search: "b"))));
    }

    [Fact]
    public void SearchIgnoresHiddenColumns()
    {
        var model = Model(null, Column.Hide("name"));

        Assert.Equal(0, model.Apply(new TableQuery(Search: "c")).Count);
    }

    [Fact]
    public void RowWindowsPageThroughTheSortedViewWithOriginalIndices()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("v", Enumerable.Range(0, 100).Select(i => 99 - i)));
        var model = Model(frame).Apply(new TableQuery("v"));

        var window = model.GetRows(10, 5);

        Assert.Equal([89, 88, 87, 86, 85], window.Select(r => r.Index));
        Assert.Equal(["10", "11", "12", "13", "14"], window.Select(r => r.Cells[0].Text));
        Assert.Equal(2, model.GetRows(98, 10).Count);
        Assert.Empty(model.GetRows(500, 10));
    }

    [Fact]
    public void AutoColumnsTakeTheirLookFromTheDataType()
    {
        var model = Model();

        Assert.Equal([ColumnType.Text, ColumnType.Number, ColumnType.Checkbox, ColumnType.Date], model.Columns.Select(c => c.Config.Type));
        Assert.True(model.Columns[1].AlignRight);
        Assert.Equal(["b", "2", "true", "2024-01-01"], model.GetRows(0, 1)[0].Cells.Select(c => c.Text));
        Assert.True(model.GetRows(0, 1)[0].Cells[2].Checked);
    }

    [Fact]
    public void ColumnConfigurationsLabelFormatHideAndPinColumns()
    {
        var model = Model(null, Column.Percent("score", "Score", decimals: 0), Column.Hide("ok"), Column.Date("day", format: "MMM d") with { Pinned = true });

        Assert.Equal(["day", "name", "Score"], model.Columns.Select(c => c.Label));
        Assert.Equal(["Jan 1", "b", "200 %"], model.GetRows(0, 1)[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void ProgressLinkAndImageCellsCarryWhatTheyDraw()
    {
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<double>("done", [50, 150]),
            new StringDataFrameColumn("site", ["https://example.org", "javascript:alert(1)"]),
            new StringDataFrameColumn("pic", ["/img/a.png", "javascript:alert(1)"]));
        var model = Model(frame, Column.Progress("done", max: 100), Column.Link("site", displayText: "open"), Column.Image("pic"));

        var rows = model.GetRows(0, 2);

        Assert.Equal(0.5, rows[0].Cells[0].Fraction);
        Assert.Equal(1, rows[1].Cells[0].Fraction);
        Assert.Equal(("open", "https://example.org"), (rows[0].Cells[1].Text, rows[0].Cells[1].Href));
        Assert.Null(rows[1].Cells[1].Href);
        Assert.Equal("/img/a.png", rows[0].Cells[2].Href);
        Assert.Null(rows[1].Cells[2].Href);
    }

    [Fact]
    public void AConfigurationForAMissingColumnNamesItAndListsTheColumns()
    {
        var model = TableModel.Create(Frame(), [Column.Percent("scroe")], out var error);

        Assert.Null(model);
        Assert.Contains("'scroe'", error, StringComparison.Ordinal);
        Assert.Contains("'name', 'score', 'ok', 'day'", error, StringComparison.Ordinal);
    }
}
