using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class MoreWidgetsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<MoreWidgetsPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task EveryWidgetShowsItsStartingValueBesideIt()
    {
        using var app = await OpenAsync();

        string[] expected =
            [
                "size = M", "months = Mar..Sep",
                "birthday = 1990-05-17", "due = null", "opens = 09:00", "launch = 2025-03-01 09:30",
                "color = #1f77b4", "mood = null", "tags = [docs]", "chart = Line", "days = [Mon, Fri]",
                "thumbs = null", "faces = null", "stars = 3",
            ];

        Assert.Equal(expected, Texts.Of(app));
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task EveryWidgetHasAHelpTextAndSitsBesideItsValue()
    {
        using var app = await OpenAsync();

        var widgets = app.Get<WidgetElement>();
        var rows = app.Get<ColumnsElement>().Where(r => r.Weights.SequenceEqual([3.0, 1.0])).ToList();

        Assert.Equal(14, widgets.Count);
        Assert.All(widgets, w => Assert.False(string.IsNullOrWhiteSpace(w.Help), $"'{w.Label}' has no help text."));
        Assert.Equal(14, rows.Count);
        Assert.All(rows, row => Assert.IsAssignableFrom<WidgetElement>(Assert.Single(((ColumnElement)row.Children[0]).Children)));
    }

    [Fact]
    public async Task SelectSlidersFollowSetValue()
    {
        using var app = await OpenAsync();

        app.SelectSlider("SelectSlider").SetValue("XL");
        await app.SelectSlider("SelectSlider (range)").SetValue("Dec", "Jun").RunAsync();

        Assert.Equal("size = XL", Texts.Starting(app, "size"));
        Assert.Equal("months = Jun..Dec", Texts.Starting(app, "months"));
    }

    [Fact]
    public async Task DatesAndTimesFollowSetValue()
    {
        using var app = await OpenAsync();

        app.DateInput("DateInput").SetValue(new DateOnly(2001, 9, 11));
        app.DateInput("DateInput (empty)").SetValue(DateOnly.FromDateTime(DateTime.Now));
        app.TimeInput("TimeInput").SetValue(new TimeOnly(17, 30));
        await app.DateTimeInput("DateTimeInput").SetValue(new DateTime(2026, 1, 2, 8, 15, 0)).RunAsync();

        Assert.Equal("birthday = 2001-09-11", Texts.Starting(app, "birthday"));
        Assert.StartsWith("due = 20", Texts.Starting(app, "due"), StringComparison.Ordinal);
        Assert.Equal("opens = 17:30", Texts.Starting(app, "opens"));
        Assert.Equal("launch = 2026-01-02 08:15", Texts.Starting(app, "launch"));
    }

    [Fact]
    public async Task TheBirthdayStaysBetweenItsBounds()
    {
        using var app = await OpenAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => app.DateInput("DateInput").SetValue(new DateOnly(1850, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => app.DateInput("DateInput").SetValue(null));
        Assert.True(app.DateInput("DateInput (empty)").Clearable);
    }

    [Fact]
    public async Task ColourPillsAndSegmentsFollowTheUser()
    {
        using var app = await OpenAsync();

        app.ColorPicker("ColorPicker").SetValue("#FF0000");
        app.Pills("Pills").Click("Stormy");
        app.Pills("MultiPills").Click("bug");
        app.SegmentedControl("SegmentedControl").Click("Area");
        await app.SegmentedControl("MultiSegmentedControl").Click("Mon").RunAsync();

        Assert.Equal("color = #ff0000", Texts.Starting(app, "color"));
        Assert.Equal("mood = Stormy", Texts.Starting(app, "mood"));
        Assert.Equal("tags = [bug, docs]", Texts.Starting(app, "tags"));
        Assert.Equal("chart = Area", Texts.Starting(app, "chart"));
        Assert.Equal("days = [Fri]", Texts.Starting(app, "days"));
    }

    [Fact]
    public async Task ThumbsUpSaysThanks()
    {
        using var app = await OpenAsync();
        Assert.Empty(app.Get<SuccessElement>());

        await app.Feedback("thumbs").Click(1).RunAsync();

        Assert.Equal("thumbs = 1", Texts.Starting(app, "thumbs"));
        Assert.Equal("Thanks for the thumbs up!", Assert.Single(app.Get<SuccessElement>()).Body);
    }

    [Fact]
    public async Task FacesAndStarsFollowTheUser()
    {
        using var app = await OpenAsync();

        app.Feedback("faces").SetValue(4);
        await app.Feedback("stars").Click(3).RunAsync();

        Assert.Equal("faces = 4", Texts.Starting(app, "faces"));
        Assert.Equal("stars = null", Texts.Starting(app, "stars"));
    }

    [Fact]
    public async Task LinkButtonsPointOutOfTheApp()
    {
        using var app = await OpenAsync();

        Assert.Equal("https://mudblazor.com", app.LinkButton("MudBlazor").Url);
        Assert.True(app.LinkButton("MudBlazor").Primary);
        Assert.StartsWith("https://docs.streamlit.io/", app.LinkButton("Streamlit's widget docs").Url, StringComparison.Ordinal);
    }
}
