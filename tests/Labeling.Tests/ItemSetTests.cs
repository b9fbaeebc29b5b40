using Labeling.Items;

namespace Labeling.Tests;

public sealed class ItemSetTests
{
    [Fact]
    public void TheShippedItemSetHasTextsAndImagesWithSuggestionsThatAreSometimesWrong()
    {
        var items = ItemSet.Load(Path.Combine(AppContext.BaseDirectory, "Data", "items.json"));

        Assert.Equal(36, items.Items.Count(i => i.Kind == ItemKind.Text));
        Assert.Equal(12, items.Items.Count(i => i.Kind == ItemKind.Image));
        Assert.All(items.Items.Where(i => i.Kind == ItemKind.Image), i => Assert.NotEmpty(i.SuggestedBoxes));
        Assert.Contains(items.Items, i => i.Id == "txt-20" && i.Suggestion.Label == "positive"); // sarcasm fools the model
    }

    [Theory]
    [InlineData("""{"name":"x","textLabels":["a"],"imageLabels":["s"],"boxLabels":["b"],"items":[]}""", "it has no items")]
    [InlineData("""{"name":"x","textLabels":["a"],"imageLabels":["s"],"boxLabels":["b"],"items":[{"id":"1","kind":"text","text":"t","suggestion":{"label":"a"}},{"id":"1","kind":"text","text":"u","suggestion":{"label":"a"}}]}""", "item 2 ('1'): its id is used twice")]
    [InlineData("""{"name":"x","textLabels":["a"],"imageLabels":["s"],"boxLabels":["b"],"items":[{"id":"1","kind":"text","text":"t","suggestion":{"label":"zzz"}}]}""", "its suggested label 'zzz' is not one of a")]
    [InlineData("""{"name":"x","textLabels":["a"],"imageLabels":["s"],"boxLabels":["b"],"items":[{"id":"1","kind":"image","image":"i.svg","suggestion":{"label":"s","boxes":[{"label":"cat","x":1,"y":1,"width":5,"height":5}]}}]}""", "a suggested box")]
    [InlineData("""{"name":"x","textLabels":["a"],"imageLabels":["s"],"boxLabels":["b"],"items":[{"id":"1","kind":"image","suggestion":{"label":"s"}}]}""", "an image item needs \"image\"")]
    [InlineData("""{"name":"x","textLabels":["a"],"imageLabels":["s"],"boxLabels":["b"],"itemz":[]}""", "is not a valid item set")]
    public void ABadItemFileStopsTheAppWithTheProblem(string json, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"labeling-items-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ItemSet.Load(path));

            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingItemFileNamesTheSettingToFixIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => ItemSet.Load("/nonexistent/items.json"));

        Assert.Contains("Labeling__Items", error.Message, StringComparison.Ordinal);
    }
}
