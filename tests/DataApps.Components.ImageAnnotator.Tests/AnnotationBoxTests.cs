namespace DataApps.Components.ImageAnnotator.Tests;

public sealed class AnnotationBoxTests
{
    [Fact]
    public void ABoxKnowsItsRightAndBottomEdgesAndItsArea()
    {
        var box = new AnnotationBox("car", 10, 20, 30, 40);

        Assert.Equal((40, 60, 1200L), (box.Right, box.Bottom, box.Area));
    }

    [Fact]
    public void TheAreaOfAWholeLargeImageDoesNotOverflow() =>
        Assert.Equal(50_000L * 50_000L, new AnnotationBox("sky", 0, 0, 50_000, 50_000).Area);
}
