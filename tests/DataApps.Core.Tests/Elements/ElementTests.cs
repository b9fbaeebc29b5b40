namespace DataApps.Core.Tests.Elements;

public sealed class ElementTests
{
    private sealed record RatingElement(int Stars) : Element;

    private sealed record Custom : Element;

    private sealed record GenericElement<T>(T Value) : Element;

    [Fact]
    public void KindIsTheKebabCaseOfTheTypeNameWithoutElement()
    {
        Assert.Equal("select-box", new SelectBoxElement("id", "l", Array.Empty<string>(), -1, null).Kind);
        Assert.Equal("multi-select", new MultiSelectElement("id", "l", Array.Empty<string>(), Array.Empty<int>(), null).Kind);
        Assert.Equal("text", new TextElement("x").Kind);
        Assert.Equal("rating", new RatingElement(3).Kind);
        Assert.Equal("custom", new Custom().Kind);
    }

    [Fact]
    public void KindOfAGenericElementLeavesOutTheArityAndTheElementSuffix() =>
        Assert.Equal("generic", new GenericElement<int>(1).Kind);

    [Fact]
    public void ElementsWithEqualDataAreEqualEvenWithDifferentArrays()
    {
        var a = new RadioElement("id", "Pick", new[] { "a", "b" }, 0, false) { Help = "h" };
        var b = new RadioElement("id", "Pick", new[] { "a", "b" }, 0, false) { Help = "h" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Help = null });
        Assert.NotEqual(a, b with { Options = new[] { "a", "c" } });
    }

    [Fact]
    public void BlocksAreEqualWhenTheirChildrenAre()
    {
        var a = new ContainerElement(false) { Children = new Element[] { new TextElement("x") } };
        var b = new ContainerElement(false) { Children = new Element[] { new TextElement("x") } };

        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { StaleCount = 1 });
        Assert.NotEqual(a, b with { Children = new Element[] { new TextElement("y") } });
    }

    [Fact]
    public void EquatableArrayComparesItemsAndTreatsDefaultAsEmpty()
    {
        EquatableArray<int> empty = default;

        Assert.Equal(EquatableArray<int>.Empty, empty);
        Assert.Empty(empty);
        Assert.True(new EquatableArray<int>([1, 2]) == new EquatableArray<int>([1, 2]));
        Assert.True(new EquatableArray<int>([1, 2]) != new EquatableArray<int>([2, 1]));
        Assert.Equal("[1, 2]", new EquatableArray<int>([1, 2]).ToString());
    }
}
