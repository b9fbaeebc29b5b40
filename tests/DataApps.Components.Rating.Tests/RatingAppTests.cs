using System.Text.Json;
using DataApps.Components.Rating;
using DataApps.Testing;

namespace DataApps.Components.Rating.Tests;

/// <summary>ui.Rating through AppTest: the same identity → state → element path as the built-in widgets.</summary>
public sealed class RatingAppTests
{
    private int _pageRuns;
    private int _fragmentRuns;
    private int _changes;

    [Fact]
    public async Task ARatingStartsAtItsValueAndReturnsTheStarsTheUserSets()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"stars: {ui.Rating("Rate it", max: 5, value: 2)}"));
        await app.RunAsync();
        Assert.Equal("stars: 2", app.Get<TextElement>()[0].Text);

        await app.Widget<RatingElement>("Rate it").SetValue(4).RunAsync();

        Assert.Equal("stars: 4", app.Get<TextElement>()[0].Text);
        Assert.Equal(4, app.Widget<RatingElement>("Rate it").Element.Value);
        Assert.Equal(5, app.Widget<RatingElement>("Rate it").Element.Max);
    }

    [Fact]
    public async Task TheRatingKeepsItsValueAcrossReruns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Checkbox("Other");
            ui.Text($"stars: {ui.Rating("Rate it")}");
        });
        await app.RunAsync();
        await app.Widget<RatingElement>("Rate it").SetValue(3).RunAsync();

        await app.Checkbox("Other").SetValue(true).RunAsync();
        await app.RunAsync();

        Assert.Equal("stars: 3", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task AValueOutsideTheStarsIsIgnoredAndTheRatingKeepsItsValue()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"stars: {ui.Rating("Rate it", max: 5, value: 1)}"));
        await app.RunAsync();

        await app.Widget<RatingElement>("Rate it").SetValue(9).RunAsync();
        await app.Widget<RatingElement>("Rate it").SetValue("three").RunAsync();

        Assert.Equal("stars: 1", app.Get<TextElement>()[0].Text);
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task AReadOnlyRatingRefusesValues()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"stars: {ui.Rating("Average", value: 4, readOnly: true)}"));
        await app.RunAsync();

        await app.Widget<RatingElement>("Average").SetValue(1).RunAsync();

        Assert.Equal("stars: 4", app.Get<TextElement>()[0].Text);
        Assert.True(app.Widget<RatingElement>("Average").Element.ReadOnly);
    }

    [Fact]
    public async Task AKeyedRatingIsReadableAndSettableThroughState()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Button("Five"))
            {
                ui.State["stars"] = 5;
            }

            ui.Text($"stars: {ui.Rating("Rate it", key: "stars")}");
        });
        await app.RunAsync();
        await app.Widget<RatingElement>("stars").SetValue(2).RunAsync();
        Assert.Equal(2, app.State["stars"]);

        await app.Button("Five").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal("stars: 5", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task OnChangeRunsOnceBeforeTheRunThatSeesTheNewValue()
    {
        using var app = AppTest.FromFunction(ui => ui.Text($"stars: {ui.Rating("Rate it", onChange: () => _changes++)} changes: {_changes}"));
        await app.RunAsync();

        await app.Widget<RatingElement>("Rate it").SetValue(3).RunAsync();
        await app.RunAsync();

        Assert.Equal("stars: 3 changes: 1", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task InsideAFormTheRatingArrivesOnlyWithTheSubmit()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var form = ui.Form("review");
            var stars = form.Rating("Rate it");
            form.SubmitButton("Send");
            ui.Text($"stars: {stars}");
        });
        await app.RunAsync();

        await app.Widget<RatingElement>("Rate it").SetValue(4).RunAsync();
        Assert.Equal("stars: 0", app.Get<TextElement>()[0].Text);
        Assert.Equal(1, app.HeldValues("review"));

        await app.SubmitButton("Send").Click().RunAsync();

        Assert.Equal("stars: 4", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task InsideAFragmentOnlyTheFragmentReruns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            _pageRuns++;
            ui.Fragment(f =>
            {
                _fragmentRuns++;
                f.Text($"stars: {f.Rating("Rate it")}");
            });
        });
        await app.RunAsync();

        await app.Widget<RatingElement>("Rate it").SetValue(5).RunAsync();

        Assert.Equal(1, _pageRuns);
        Assert.Equal(2, _fragmentRuns);
        Assert.Equal("stars: 5", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task TheValueInTheSessionIsAPlainJsonNumber()
    {
        using var app = AppTest.FromFunction(ui => ui.Rating("Rate it", key: "stars"));
        await app.RunAsync();
        await app.Widget<RatingElement>("stars").SetValue(3).RunAsync();

        var json = JsonSerializer.Serialize(app.State["stars"]);

        Assert.Equal("3", json);
        Assert.Equal(3, JsonSerializer.Deserialize<int>(json));
    }

    [Fact]
    public void BadArgumentsAreRefusedWhereTheRatingIsCalled()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatingSpec("Rate it", max: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatingSpec("Rate it", max: 5, value: 6));
    }
}
