using DataApps.Testing;

namespace DataApps.Core.Tests.Layout;

public sealed class ContainerTests
{
    [Fact]
    public async Task ColumnsAreEqualByDefaultAndEachWritesIntoItsOwnColumn()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var (left, right) = ui.Columns(2);
            right.Text("right");
            left.Text("left");
            ui.Text("below");
        });

        await app.RunAsync();

        var columns = Assert.IsType<ColumnsElement>(app.Tree.Main.Children[0]);
        Assert.Equal([1.0, 1.0], columns.Weights);
        Assert.Collection(
            columns.Children,
            c => Assert.Equal("left", Assert.IsType<TextElement>(Assert.Single(Assert.IsType<ColumnElement>(c).Children)).Text),
            c => Assert.Equal("right", Assert.IsType<TextElement>(Assert.Single(Assert.IsType<ColumnElement>(c).Children)).Text));
        Assert.Equal("below", Assert.IsType<TextElement>(app.Tree.Main.Children[1]).Text);
    }

    [Fact]
    public async Task ColumnsTakeRelativeWeights()
    {
        using var app = AppTest.FromFunction(ui => ui.Columns(3, 1));

        await app.RunAsync();

        var columns = Assert.Single(app.Get<ColumnsElement>());
        Assert.Equal([3.0, 1.0], columns.Weights);
        Assert.Equal([3.0, 1.0], columns.Children.Cast<ColumnElement>().Select(c => c.Weight));
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 1.0, 0.0 })]
    [InlineData(new[] { -1.0 })]
    [InlineData(new[] { double.NaN })]
    [InlineData(new[] { double.PositiveInfinity })]
    public async Task ColumnsRefuseWeightsThatAreNotPositiveNumbers(double[] weights)
    {
        using var app = AppTest.FromFunction(ui => ui.Columns(weights));

        await app.RunAsync();

        Assert.IsType<ArgumentException>(app.Exception);
    }

    [Fact]
    public async Task DeconstructingIntoTheWrongNumberOfPartsFailsClearly()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var (a, b) = ui.Columns(3);
            a.Text(b.GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

        await app.RunAsync();

        Assert.Contains("There are 3 parts, not 2.", app.Exception?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TabsHoldTheirLabelsAndEachTabItsContent()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var (chart, data) = ui.Tabs("Chart", "Data");
            data.Text("rows");
            chart.Text("plot");
        });

        await app.RunAsync();

        var tabs = Assert.Single(app.Get<TabsElement>());
        Assert.Equal(["Chart", "Data"], tabs.Labels);
        Assert.Equal(["Chart", "Data"], tabs.Children.Cast<TabElement>().Select(t => t.Label));
        Assert.Equal(["plot", "rows"], tabs.Children.Cast<TabElement>().Select(t => ((TextElement)t.Children[0]).Text));
    }

    [Fact]
    public async Task TabsNeedAtLeastOneLabel()
    {
        using var app = AppTest.FromFunction(ui => ui.Tabs());

        await app.RunAsync();

        Assert.IsType<ArgumentException>(app.Exception);
    }

    [Fact]
    public async Task ExpanderHoldsItsContentAndWhetherItStartsOpen()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Expander("Details", e => e.Text("inside"), expanded: true);
            ui.Expander("More").Text("also inside");
        });

        await app.RunAsync();

        Assert.Collection(
            app.Get<ExpanderElement>(),
            e => Assert.Equal(("Details", true, "inside"), (e.Label, e.Expanded, ((TextElement)e.Children[0]).Text)),
            e => Assert.Equal(("More", false, "also inside"), (e.Label, e.Expanded, ((TextElement)e.Children[0]).Text)));
    }

    [Fact]
    public async Task ContainerKeepsItsPlaceWhenWrittenLater()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var summary = ui.Container(border: true);
            ui.Text("details");
            summary.Text("summary, written last");
        });

        await app.RunAsync();

        var box = Assert.IsType<ContainerElement>(app.Tree.Main.Children[0]);
        Assert.True(box.Border);
        Assert.Equal("summary, written last", ((TextElement)box.Children[0]).Text);
        Assert.Equal("details", ((TextElement)app.Tree.Main.Children[1]).Text);
    }

    [Fact]
    public async Task ContainerWithABodyHasNoBorderByDefault()
    {
        using var app = AppTest.FromFunction(ui => ui.Container(c => c.Text("x")));

        await app.RunAsync();

        Assert.False(Assert.IsType<ContainerElement>(Assert.Single(app.Tree.Main.Children)).Border);
    }

    [Fact]
    public async Task EmptyShowsOnlyTheLastThingWrittenIntoIt()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var frame = ui.Empty();
            for (var i = 0; i <= 3; i++)
            {
                frame.Text($"{i * 33} %");
            }

            ui.Text("after");
        });

        await app.RunAsync();

        var empty = Assert.IsType<EmptyElement>(app.Tree.Main.Children[0]);
        Assert.Equal("99 %", ((TextElement)Assert.Single(empty.Children)).Text);
        Assert.Equal("after", ((TextElement)app.Tree.Main.Children[1]).Text);
    }

    [Fact]
    public async Task ContainerWrittenIntoAnEmptyReplacesItsContentToo()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var frame = ui.Empty();
            frame.Text("loading");
            var (a, b) = frame.Columns(2);
            a.Text("a");
            b.Text("b");
        });

        await app.RunAsync();

        var empty = Assert.IsType<EmptyElement>(app.Tree.Main.Children[0]);
        Assert.IsType<ColumnsElement>(Assert.Single(empty.Children));
    }

    [Fact]
    public async Task SidebarWritesIntoTheSidebarFromAnyPlace()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var species = ui.Sidebar.SelectBox("Species", ["Adelie", "Gentoo"]);
            var (left, _) = ui.Columns(2);
            left.Sidebar.Text("from a column");
            ui.Text(species ?? "");
        });

        await app.RunAsync();

        Assert.Collection(
            app.Sidebar,
            e => Assert.IsType<SelectBoxElement>(e),
            e => Assert.Equal("from a column", Assert.IsType<TextElement>(e).Text));
        Assert.DoesNotContain(app.Main, e => e is SelectBoxElement);
        Assert.Equal("Adelie", app.SelectBox("Species").Value);
    }

    [Fact]
    public async Task ContainersNestAnyDepth()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var (tab, _) = ui.Tabs("One", "Two");
            var (col, _) = tab.Columns(2);
            col.Expander("deep", e => e.Container(c => c.Checkbox("deepest")));
        });
        await app.RunAsync();

        await app.Checkbox("deepest").SetValue(true).RunAsync();

        Assert.True(app.Checkbox("deepest").Value);
    }
}
