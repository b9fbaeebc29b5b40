using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>The More widgets page in Chromium: a date, a pill, a segmented control, feedback and a select slider changed through the real UI reach the script.</summary>
[Collection(nameof(ShowcaseCollection))]
public sealed class MoreWidgetsPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ADateTypedIntoTheDateInputReachesTheScript()
    {
        var app = await OpenAsync("/more-widgets");
        var input = Widget(app, "date-input", "DateInput").Locator("input");

        await app.InteractAsync(async () =>
        {
            // Tab, not Enter: Enter opens the calendar, Tab leaves the field and the browser fires change.
            await input.FillAsync("1985/12/24");
            await input.PressAsync("Tab");
        });

        await Expect(Value(app, "birthday")).ToHaveTextAsync("birthday = 1985-12-24");
        await Expect(input).ToHaveValueAsync("1985/12/24");
    }

    [Fact]
    public async Task ADayPickedInTheCalendarReachesTheScript()
    {
        var app = await OpenAsync("/more-widgets");
        var widget = Widget(app, "date-input", "DateInput");

        await widget.Locator(".mud-input-adornment button").ClickAsync();
        var day = app.Page.Locator(".mud-popover-open .mud-picker-calendar-day:not(.mud-hidden)", new PageLocatorOptions { HasTextString = "20" }).First;
        await app.InteractAsync(() => day.ClickAsync());

        await Expect(Value(app, "birthday")).ToHaveTextAsync("birthday = 1990-05-20");
    }

    [Fact]
    public async Task ClickingAPillChoosesItAndClickingItAgainTakesItBack()
    {
        var app = await OpenAsync("/more-widgets");
        var busy = Widget(app, "pills", "Pills").GetByText("Busy", new LocatorGetByTextOptions { Exact = true });

        await app.InteractAsync(() => busy.ClickAsync());
        await Expect(Value(app, "mood")).ToHaveTextAsync("mood = Busy");
        await app.InteractAsync(() => busy.ClickAsync());

        await Expect(Value(app, "mood")).ToHaveTextAsync("mood = null");
    }

    [Fact]
    public async Task ClickingAPillOfAMultiChoiceAddsItInOptionOrder()
    {
        var app = await OpenAsync("/more-widgets");

        await app.InteractAsync(() => Widget(app, "pills", "MultiPills").GetByText("bug", new LocatorGetByTextOptions { Exact = true }).ClickAsync());

        await Expect(Value(app, "tags")).ToHaveTextAsync("tags = [bug, docs]");
    }

    [Fact]
    public async Task ClickingASegmentChoosesIt()
    {
        var app = await OpenAsync("/more-widgets");

        await app.InteractAsync(() => Widget(app, "segmented-control", "SegmentedControl").GetByText("Bar", new LocatorGetByTextOptions { Exact = true }).ClickAsync());
        await Expect(Value(app, "chart")).ToHaveTextAsync("chart = Bar");
        await app.InteractAsync(() => Widget(app, "segmented-control", "MultiSegmentedControl").GetByText("Wed", new LocatorGetByTextOptions { Exact = true }).ClickAsync());

        await Expect(Value(app, "days")).ToHaveTextAsync("days = [Mon, Wed, Fri]");
    }

    [Fact]
    public async Task ThumbsUpAndAStarRatingReachTheScript()
    {
        var app = await OpenAsync("/more-widgets");

        await app.InteractAsync(() => app.Elements("feedback").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Thumbs up" }).ClickAsync());
        await Expect(Value(app, "thumbs")).ToHaveTextAsync("thumbs = 1");
        await Expect(app.Elements("success")).ToHaveTextAsync("Thanks for the thumbs up!");
        await Expect(app.Elements("feedback").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Thumbs up" })).ToHaveAttributeAsync("aria-pressed", "true");
        await app.InteractAsync(() => app.Elements("feedback").Locator(".mud-rating-item").Nth(1).ClickAsync());

        await Expect(Value(app, "stars")).ToHaveTextAsync("stars = 1");
    }

    [Fact]
    public async Task TheSelectSliderMovesWithTheKeyboard()
    {
        var app = await OpenAsync("/more-widgets");
        var slider = Widget(app, "select-slider", "SelectSlider").Locator("input[type=range]");

        await app.InteractAsync(async () =>
        {
            await slider.FocusAsync();
            await slider.PressAsync("ArrowRight");
        });

        await Expect(Value(app, "size")).ToHaveTextAsync("size = L");
    }

    [Fact]
    public async Task AColourTypedIntoTheColorPickerReachesTheScriptAsLowerCaseHex()
    {
        var app = await OpenAsync("/more-widgets");
        var input = Widget(app, "color-picker", "ColorPicker").Locator("input");

        await app.InteractAsync(async () =>
        {
            await input.FillAsync("#FF0000");
            await input.PressAsync("Tab");
        });

        await Expect(Value(app, "color")).ToHaveTextAsync("color = #ff0000");
    }

    [Fact]
    public async Task TheLinkButtonOpensItsAddressInANewTab()
    {
        var app = await OpenAsync("/more-widgets");

        var link = app.Elements("link-button").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "MudBlazor" });

        await Expect(link).ToHaveAttributeAsync("href", "https://mudblazor.com");
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
    }

    /// <summary>The widget of one kind whose label row says <paramref name="label"/> exactly.</summary>
    private static ILocator Widget(AppPage app, string kind, string label) =>
        app.Elements(kind).Filter(new LocatorFilterOptions
        {
            Has = app.Page.Locator(".da-label > label").GetByText(label, new LocatorGetByTextOptions { Exact = true }),
        });

    /// <summary>The <c>ui.Text</c> that shows a value, by its name (<c>"mood"</c> finds "mood = …").</summary>
    private static ILocator Value(AppPage app, string name) =>
        app.Elements("text").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + name + " = ") });
}
