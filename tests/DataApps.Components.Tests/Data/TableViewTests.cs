using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Data;

namespace DataApps.Components.Tests.Data;

public sealed class TableViewTests : RendererTest
{
    [Fact]
    public void EveryRowIsRenderedWithNumbersAlignedRight()
    {
        var cut = Render<TableView, TableElement>(new TableElement(new[] { "name", "n" }, new[] { false, true }, new[] { "a", "1", "b", "2" }, 2));

        Assert.Equal(["name", "n"], cut.FindAll("th").Select(th => th.TextContent));
        Assert.Equal(["a", "1", "b", "2"], cut.FindAll("td").Select(td => td.TextContent));
        Assert.Equal("da-right", cut.FindAll("td")[1].GetAttribute("class"));
        Assert.Empty(cut.FindAll(".da-table-note"));
    }

    [Fact]
    public void ACutTableSaysHowManyRowsItShows()
    {
        var cut = Render<TableView, TableElement>(new TableElement(new[] { "n" }, new[] { true }, new[] { "1", "2" }, 5000));

        Assert.Equal("Showing 2 of 5,000 rows.", cut.Find(".da-table-note").TextContent);
    }
}
