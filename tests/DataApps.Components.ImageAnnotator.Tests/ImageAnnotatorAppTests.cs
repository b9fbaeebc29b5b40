using System.Globalization;
using System.Text.Json;
using DataApps.Testing;

namespace DataApps.Components.ImageAnnotator.Tests;

/// <summary>ui.ImageAnnotator through AppTest: the boxes the browser sends reach the script through the widget path.</summary>
public sealed class ImageAnnotatorAppTests
{
    private static readonly string[] Labels = ["cat", "dog"];
    private static readonly AnnotationBox[] Suggestions = [new("cat", 10, 20, 100, 80), new("dog", 200, 40, 60, 60)];

    private int _changes;

    private static string Describe(IReadOnlyList<AnnotationBox> boxes) =>
        boxes.Count == 0 ? "none" : string.Join(" ", boxes.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Label}@{b.X},{b.Y},{b.Width}x{b.Height}")));

    private static AppTest Annotator(string? key = "a") =>
        AppTest.FromFunction(ui => ui.Text(Describe(ui.ImageAnnotator("images/pets.png", Labels, boxes: Suggestions, key: key))));

    private static string Shown(AppTest app) => app.Get<TextElement>()[0].Text;

    [Fact]
    public async Task UntouchedTheAnnotatorReturnsThePrefilledBoxesAndHandsThemToTheModule()
    {
        using var app = Annotator();

        await app.RunAsync();

        Assert.Equal("cat@10,20,100x80 dog@200,40,60x60", Shown(app));
        var component = app.Component("a");
        Assert.Equal("image-annotator", component.Element.Name);
        Assert.Equal("images/pets.png", component.Args.GetProperty("src").GetString());
        Assert.Equal(["cat", "dog"], component.Args.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var first = component.Args.GetProperty("boxes")[0];
        Assert.Equal(("cat", 10, 20, 100, 80), (first.GetProperty("label").GetString(), first.GetProperty("x").GetInt32(),
            first.GetProperty("y").GetInt32(), first.GetProperty("width").GetInt32(), first.GetProperty("height").GetInt32()));
        Assert.Equal(JsonValueKind.Null, component.Value.ValueKind); // untouched: the module shows the pre-filled boxes
    }

    [Fact]
    public async Task BoxesSetAsTheBrowserSendsThemReachTheScript()
    {
        using var app = Annotator();
        await app.RunAsync();

        // The user moved the cat, relabelled the dog and drew a new box: the browser sends the whole list.
        await app.Component("a").SetValue(new object[]
        {
            new { label = "cat", x = 15, y = 25, width = 100, height = 80 },
            new { label = "cat", x = 200, y = 40, width = 60, height = 60 },
            new { label = "dog", x = 5, y = 5, width = 30, height = 40 },
        }).RunAsync();

        Assert.Equal("cat@15,25,100x80 cat@200,40,60x60 dog@5,5,30x40", Shown(app));
    }

    [Fact]
    public async Task PrefilledBoxesRoundTripUnchangedAndDeletingAllLeavesNone()
    {
        IReadOnlyList<AnnotationBox>? seen = null;
        using var app = AppTest.FromFunction(ui => seen = ui.ImageAnnotator("images/pets.png", Labels, boxes: Suggestions, key: "a"));
        await app.RunAsync();

        await app.Component("a").SetValue(Suggestions).RunAsync();
        Assert.Equal(Suggestions, seen);

        await app.Component("a").SetValue(Array.Empty<AnnotationBox>()).RunAsync();
        Assert.Empty(seen!);
    }

    [Fact]
    public async Task TheBoxesSurviveRerunsAndAreInStateAsPlainJson()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("Other");
            ui.Text(Describe(ui.ImageAnnotator("images/pets.png", Labels, boxes: Suggestions, key: "a")));
        });
        await app.RunAsync();
        await app.Component("a").SetValue(new[] { new AnnotationBox("dog", 1, 2, 3, 4) }).RunAsync();

        await app.Checkbox("Other").SetValue(true).RunAsync();
        await app.RunAsync();

        Assert.Equal("dog@1,2,3x4", Shown(app));
        var json = JsonSerializer.Serialize(app.State["a"], new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal("""[{"label":"dog","x":1,"y":2,"width":3,"height":4}]""", json);
    }

    [Fact]
    public async Task SettingTheStateToNullGoesBackToThePrefilledBoxes()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Reset"))
            {
                ui.State["a"] = null;
            }

            ui.Text(Describe(ui.ImageAnnotator("images/pets.png", Labels, boxes: Suggestions, key: "a")));
        });
        await app.RunAsync();
        await app.Component("a").SetValue(Array.Empty<AnnotationBox>()).RunAsync();
        Assert.Equal("none", Shown(app));

        await app.Button("Reset").Click().RunAsync();

        Assert.Equal("cat@10,20,100x80 dog@200,40,60x60", Shown(app));
        Assert.Equal(JsonValueKind.Null, app.Component("a").Value.ValueKind);
    }

    [Fact]
    public async Task InsideAFormTheBoxesArriveOnlyWithTheSubmit()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var form = ui.Form("labels");
            var boxes = form.ImageAnnotator("images/pets.png", Labels, key: "a");
            form.SubmitButton("Save");
            ui.Text(Describe(boxes));
        });
        await app.RunAsync();

        await app.Component("a").SetValue(new[] { new AnnotationBox("cat", 1, 1, 9, 9) }).RunAsync();
        Assert.Equal("none", Shown(app));
        Assert.Equal(1, app.HeldValues("labels"));

        await app.SubmitButton("Save").Click().RunAsync();

        Assert.Equal("cat@1,1,9x9", Shown(app));
    }

    [Fact]
    public async Task OnChangeRunsOnceBeforeTheRunThatSeesTheNewBoxes()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var boxes = ui.ImageAnnotator("images/pets.png", Labels, key: "a", onChange: () => _changes++);
            ui.Text($"{boxes.Count} boxes, {_changes} changes");
        });
        await app.RunAsync();

        await app.Component("a").SetValue(new[] { new AnnotationBox("cat", 1, 1, 9, 9) }).RunAsync();
        await app.RunAsync();

        Assert.Equal("1 boxes, 1 changes", Shown(app));
    }

    [Fact]
    public async Task WithoutAKeyTheComponentIsFoundByItsName()
    {
        using var app = Annotator(key: null);
        await app.RunAsync();

        await app.Component("image-annotator").SetValue(new[] { new AnnotationBox("dog", 0, 0, 5, 5) }).RunAsync();

        Assert.Equal("dog@0,0,5x5", Shown(app));
    }

    [Fact]
    public async Task AValueThatIsNotAListOfBoxesIsRefusedAndTheBoxesStay()
    {
        using var app = Annotator();
        await app.RunAsync();
        await app.Component("a").SetValue(new[] { new AnnotationBox("dog", 1, 2, 3, 4) }).RunAsync();

        await app.Component("a").SetJson("""{"label":"cat"}""").RunAsync();
        await app.Component("a").SetJson("""[{"label":"cat","x":"left","y":0,"width":1,"height":1}]""").RunAsync();
        await app.Component("a").SetJson("not json").RunAsync();

        Assert.Equal("dog@1,2,3x4", Shown(app));
        Assert.Null(app.Exception);
        Assert.Empty(app.Get<WarningElement>());
    }

    [Fact]
    public async Task BoxesThatDoNotFitAreLeftOutWithAWarningThatNamesThemAndTheSessionGoesOn()
    {
        using var app = Annotator();
        await app.RunAsync();

        await app.Component("a").SetJson("""
            [{"label":"cat","x":1,"y":1,"width":5,"height":5},
             {"label":"horse","x":1,"y":1,"width":5,"height":5},
             {"label":"dog","x":1,"y":1,"width":0,"height":5},
             {"label":"dog","x":-3,"y":1,"width":5,"height":5},
             null]
            """).RunAsync();

        Assert.Equal("cat@1,1,5x5", Shown(app));
        var warning = Assert.Single(app.Get<WarningElement>()).Body;
        Assert.Contains("left out 4 of the 5 boxes", warning, StringComparison.Ordinal);
        Assert.Contains("box 2: its label 'horse' is not one of cat, dog", warning, StringComparison.Ordinal);
        Assert.Contains("box 3: its size 0×5 is not positive", warning, StringComparison.Ordinal);
        Assert.Contains("box 4: its corner (-3, 1) is outside the image", warning, StringComparison.Ordinal);
        Assert.Contains("box 5: it is empty", warning, StringComparison.Ordinal);
        Assert.Null(app.Exception);

        await app.Component("a").SetValue(new[] { new AnnotationBox("dog", 2, 2, 2, 2) }).RunAsync();

        Assert.Equal("dog@2,2,2x2", Shown(app));
        Assert.Empty(app.Get<WarningElement>());
    }

    [Fact]
    public async Task LabelsOfPrefilledBoxesJoinTheLabelList()
    {
        using var app = AppTest.FromFunction(ui => ui.ImageAnnotator("images/pets.png", ["cat"], boxes: [new AnnotationBox("fox", 1, 1, 4, 4)], key: "a"));

        await app.RunAsync();

        Assert.Equal(["cat", "fox"], app.Component("a").Args.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task BadArgumentsShowTheirMessageWhereTheAnnotatorIsCalled()
    {
        using var noLabels = AppTest.FromFunction(ui => ui.ImageAnnotator("images/pets.png", []));
        using var badBox = AppTest.FromFunction(ui => ui.ImageAnnotator("images/pets.png", Labels, boxes: [new AnnotationBox("cat", 0, 0, 0, 10)]));

        await noLabels.RunAsync();
        await badBox.RunAsync();

        Assert.Contains("at least one label", noLabels.Exception?.Message, StringComparison.Ordinal);
        Assert.Contains("Pre-filled box 1 cannot be shown: its size 0×10 is not positive", badBox.Exception?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoAnnotatorsOnAPageEachKeepTheirOwnBoxesByKey()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text(Describe(ui.ImageAnnotator("images/1.png", Labels, key: "one")));
            ui.Text(Describe(ui.ImageAnnotator("images/2.png", Labels, key: "two")));
        });
        await app.RunAsync();

        await app.Component("two").SetValue(new[] { new AnnotationBox("dog", 1, 1, 1, 1) }).RunAsync();

        Assert.Equal(["none", "dog@1,1,1x1"], app.Get<TextElement>().Select(t => t.Text));
    }
}
