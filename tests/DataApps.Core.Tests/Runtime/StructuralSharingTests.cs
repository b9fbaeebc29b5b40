using DataApps.Testing;

namespace DataApps.Core.Tests.Runtime;

public sealed class StructuralSharingTests
{
    [Fact]
    public async Task UnchangedElementsAreTheSameInstancesInTheNextRun()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Title("Penguins");
            ui.Text("static");
            var n = ui.Slider("n", 0, 10);
            ui.Text($"n={n}");
        });
        await app.RunAsync();
        var before = app.Tree;

        await app.Slider("n").SetValue(3).RunAsync();
        var after = app.Tree;

        Assert.NotSame(before.Main, after.Main);
        Assert.Same(before.Main.Children[0], after.Main.Children[0]);
        Assert.Same(before.Main.Children[1], after.Main.Children[1]);
        Assert.NotSame(before.Main.Children[2], after.Main.Children[2]);
        Assert.NotSame(before.Main.Children[3], after.Main.Children[3]);
        Assert.Same(before.Sidebar, after.Sidebar);
    }

    [Fact]
    public async Task OnlyThePathToTheChangedElementIsNew()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var (left, right) = ui.Columns(2);
            var n = left.Slider("n", 0, 10);
            left.Text($"n={n}");
            left.Text("left, static");
            right.Text("right, static");
            ui.Expander("more", e => e.Text("inside"));
            ui.Sidebar.Text("sidebar");
        });
        await app.RunAsync();
        var before = app.Tree;

        await app.Slider("n").SetValue(3).RunAsync();
        var after = app.Tree;

        var (columnsBefore, columnsAfter) = ((ColumnsElement)before.Main.Children[0], (ColumnsElement)after.Main.Children[0]);
        var (leftBefore, leftAfter) = ((ColumnElement)columnsBefore.Children[0], (ColumnElement)columnsAfter.Children[0]);
        Assert.NotSame(columnsBefore, columnsAfter);
        Assert.NotSame(leftBefore, leftAfter);
        Assert.Same(leftBefore.Children[2], leftAfter.Children[2]);
        Assert.Same(columnsBefore.Children[1], columnsAfter.Children[1]);
        Assert.Same(before.Main.Children[1], after.Main.Children[1]);
        Assert.Same(before.Sidebar, after.Sidebar);
    }

    [Fact]
    public async Task RunWithTheSameOutputKeepsTheSameTree()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Title("Same");
            ui.Columns(2)[0].Slider("n", 0, 10);
            ui.Json(new { a = 1 });
        });
        await app.RunAsync();
        var before = app.Tree;

        await app.RunAsync();

        Assert.Same(before, app.Tree);
    }
}
