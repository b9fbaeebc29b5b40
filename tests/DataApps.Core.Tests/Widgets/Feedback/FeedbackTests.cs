using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class FeedbackTests
{
    [Theory]
    [InlineData(FeedbackOptions.Thumbs, 1)]
    [InlineData(FeedbackOptions.Faces, 4)]
    [InlineData(FeedbackOptions.Stars, 2)]
    public async Task FeedbackStartsEmptyAndReturnsTheChosenPosition(FeedbackOptions options, int position)
    {
        var seen = new List<int?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Feedback(options)));
        await app.RunAsync();

        await app.Feedback().Click(position).RunAsync();

        Assert.Equal([null, position], seen);
        Assert.Equal(options, app.Feedback().Options);
        Assert.Equal("", app.Feedback().Label);
    }

    [Fact]
    public async Task ClickingTheChosenFeedbackTakesItBack()
    {
        var seen = new List<int?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.Feedback(value: 0)));
        await app.RunAsync();

        await app.Feedback().Click(0).RunAsync();

        Assert.Equal([0, null], seen);
    }

    [Fact]
    public async Task APositionTheIconsDoNotHaveIsRefused()
    {
        using var start = AppTest.FromFunction(ui => ui.Feedback(FeedbackOptions.Thumbs, value: 2));
        using var app = AppTest.FromFunction(ui => ui.Feedback(FeedbackOptions.Stars, value: 3));
        await start.RunAsync();
        await app.RunAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => app.Feedback().SetValue(5));
        app.SetWidgetValue(app.Feedback().Element.WidgetId, 7);
        await app.RunAsync();

        Assert.IsType<ArgumentOutOfRangeException>(start.Exception);
        Assert.Equal(3, app.Feedback().Value);
    }

    [Fact]
    public async Task TwoFeedbackWidgetsOfOneKindNeedKeys()
    {
        using var clash = AppTest.FromFunction(ui =>
        {
            ui.Feedback();
            ui.Feedback();
        });
        using var keyed = AppTest.FromFunction(ui =>
        {
            ui.Text($"a={ui.Feedback(key: "a")}");
            ui.Text($"b={ui.Feedback(key: "b")}");
        });
        await clash.RunAsync();
        await keyed.RunAsync();

        await keyed.Feedback("b").SetValue(1).RunAsync();

        Assert.Contains("`feedback` widgets with the same identity", Assert.Single(clash.Get<ErrorElement>()).Body, StringComparison.Ordinal);
        Assert.Equal(["a=", "b=1"], keyed.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(1, keyed.State["b"]);
        Assert.Throws<InvalidOperationException>(() => keyed.Feedback());
    }

    [Fact]
    public async Task FeedbackOnChangeRunsWhenTheRatingChanges()
    {
        var changes = 0;
        using var app = AppTest.FromFunction(ui => ui.Feedback(FeedbackOptions.Faces, onChange: () => changes++));
        await app.RunAsync();

        await app.Feedback().SetValue(2).RunAsync();
        await app.Feedback().SetValue(2).RunAsync();

        Assert.Equal(1, changes);
    }
}
