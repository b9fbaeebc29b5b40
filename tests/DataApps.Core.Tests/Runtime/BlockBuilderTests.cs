using DataApps.Runtime;

namespace DataApps.Core.Tests.Runtime;

public sealed class BlockBuilderTests
{
    private static BlockBuilder Builder(params Element[] elements)
    {
        var builder = new BlockBuilder(new ContainerElement(false));
        foreach (var element in elements)
        {
            builder.Add(element);
        }

        return builder;
    }

    [Fact]
    public void BuildingWithoutAPreviousBlockKeepsTheElementsInOrder()
    {
        var block = Builder(new TextElement("a"), new TextElement("b")).Build(previous: null, final: true);

        Assert.Equal([new TextElement("a"), new TextElement("b")], block.Children);
        Assert.Equal(0, block.StaleCount);
    }

    [Fact]
    public void EqualElementsAreReplacedByThePreviousInstances()
    {
        var previous = Builder(new TextElement("a"), new TextElement("b")).Build(null, final: true);

        var next = Builder(new TextElement("a"), new TextElement("changed")).Build(previous, final: true);

        Assert.Same(previous.Children[0], next.Children[0]);
        Assert.NotSame(previous.Children[1], next.Children[1]);
    }

    [Fact]
    public void BlockEqualToThePreviousOneIsThePreviousInstance()
    {
        var previous = Builder(new TextElement("a")).Build(null, final: true);

        var next = Builder(new TextElement("a")).Build(previous, final: true);

        Assert.Same(previous, next);
    }

    [Fact]
    public void NestedBlockIsSharedWhenNothingInItChanged()
    {
        static BlockBuilder Page(string last)
        {
            var root = new BlockBuilder(new ContainerElement(false));
            root.AddBlock(new ExpanderElement("more", false)).Add(new TextElement("inside"));
            root.Add(new TextElement(last));
            return root;
        }

        var previous = Page("one").Build(null, final: true);

        var next = Page("two").Build(previous, final: true);

        Assert.NotSame(previous, next);
        Assert.Same(previous.Children[0], next.Children[0]);
    }

    [Fact]
    public void BlockOfAnotherKindAtTheSamePlaceIsNotMergedWithThePreviousOne()
    {
        var before = new BlockBuilder(new ContainerElement(false));
        before.AddBlock(new ExpanderElement("x", false)).Add(new TextElement("a"));
        var previous = before.Build(null, final: true);
        var after = new BlockBuilder(new ContainerElement(false));
        after.AddBlock(new ContainerElement(true));

        var next = after.Build(previous, final: false);

        var container = Assert.IsType<ContainerElement>(Assert.Single(next.Children));
        Assert.Empty(container.Children);
    }

    [Fact]
    public void UnfinishedBuildKeepsThePreviousTrailingChildrenAsStale()
    {
        var previous = Builder(new TextElement("a"), new TextElement("b"), new TextElement("c")).Build(null, final: true);

        var progress = Builder(new TextElement("a2")).Build(previous, final: false);

        Assert.Equal(["a2", "b", "c"], progress.Children.Cast<TextElement>().Select(t => t.Text));
        Assert.Equal(2, progress.StaleCount);
        Assert.Same(previous.Children[1], progress.Children[1]);
    }

    [Fact]
    public void FinalBuildDropsWhatWasNotWrittenAgain()
    {
        var previous = Builder(new TextElement("a"), new TextElement("b")).Build(null, final: true);

        var next = Builder(new TextElement("a")).Build(previous, final: true);

        Assert.Single(next.Children);
        Assert.Equal(0, next.StaleCount);
    }

    [Fact]
    public void StaleWidgetThatIsAlreadyAmongTheFreshChildrenIsLeftOut()
    {
        var widget = new CheckboxElement("checkbox-1", "c", false);
        var previous = Builder(new TextElement("intro"), widget, new TextElement("end")).Build(null, final: true);

        var progress = Builder(widget with { Value = true }).Build(previous, final: false);

        Assert.Collection(
            progress.Children,
            e => Assert.True(Assert.IsType<CheckboxElement>(e).Value),
            e => Assert.Equal("end", Assert.IsType<TextElement>(e).Text));
        Assert.Equal(1, progress.StaleCount);
    }

    [Fact]
    public void BlockThatReplacesOnWriteKeepsOnlyTheLastElementOrBlock()
    {
        var empty = new BlockBuilder(new EmptyElement(), replaceOnWrite: true);
        empty.Add(new TextElement("1"));
        empty.Add(new TextElement("2"));
        Assert.Equal([new TextElement("2")], empty.Build(null, final: true).Children);

        empty.AddBlock(new ContainerElement(false)).Add(new TextElement("3"));
        Assert.IsType<ContainerElement>(Assert.Single(empty.Build(null, final: true).Children));
    }

    [Fact]
    public void IsStaleTellsTheTrailingStaleChildrenApart()
    {
        var block = new ContainerElement(false) { Children = new Element[] { new DividerElement(), new DividerElement(), new DividerElement() }, StaleCount = 1 };

        Assert.Equal([false, false, true], Enumerable.Range(0, 3).Select(block.IsStale));
    }
}
