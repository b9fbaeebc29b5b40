using DataApps;
using DataApps.Components.ImageAnnotator;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class ImageAnnotatorPageTests
{
    [Fact]
    public async Task ThePageStartsFromTheModelsSuggestionsAndCountsThemPerLabel()
    {
        using var app = AppTest.For<ImageAnnotatorPage>();

        await app.RunAsync();

        Assert.Equal("5 boxes: 2 person, 1 car, 0 bicycle, 0 dog, 1 cat, 1 tree", app.Get<TextElement>()[0].Text);
        var args = app.Component("street").Args;
        Assert.Equal("images/street.svg", args.GetProperty("src").GetString());
        Assert.Equal(5, args.GetProperty("boxes").GetArrayLength());
        var table = Assert.Single(app.Get<TableElement>());
        Assert.Equal(["Box", "Label", "X", "Y", "Width", "Height"], table.Headers);
        Assert.Equal(5, table.RowCount);
        Assert.Equal("2", Assert.Single(app.Get<MetricElement>(), m => m.Label == "person").Value);
    }

    [Fact]
    public async Task CorrectedBoxesReachTheTableAndTheCountsAndTheSidebarButtonBringsTheSuggestionsBack()
    {
        using var app = AppTest.For<ImageAnnotatorPage>();
        await app.RunAsync();
        AnnotationBox[] corrected = [.. ImageAnnotatorPage.Suggestions[..4], new("dog", 603, 266, 96, 56), new("bicycle", 686, 252, 106, 70)];

        await app.Component("street").SetValue(corrected).RunAsync();

        Assert.Equal("6 boxes: 2 person, 1 car, 1 bicycle, 1 dog, 0 cat, 1 tree", app.Get<TextElement>()[0].Text);
        var table = Assert.Single(app.Get<TableElement>());
        Assert.Equal(6, table.RowCount);
        Assert.Equal(["6", "bicycle", "686", "252", "106", "70"], table.Cells.Skip(5 * 6).Take(6));

        await app.Button("Back to the model's suggestions").Click().RunAsync();

        Assert.Equal("5 boxes: 2 person, 1 car, 0 bicycle, 0 dog, 1 cat, 1 tree", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task DeletingEveryBoxLeavesAnEmptyTable()
    {
        using var app = AppTest.For<ImageAnnotatorPage>();
        await app.RunAsync();

        await app.Component("street").SetValue(Array.Empty<AnnotationBox>()).RunAsync();

        Assert.Equal("0 boxes: 0 person, 0 car, 0 bicycle, 0 dog, 0 cat, 0 tree", app.Get<TextElement>()[0].Text);
        Assert.Null(app.Exception);
    }
}
