using DataApps.Testing;

namespace DataApps.Core.Tests.Widgets;

public sealed class DateAndTimeInputTests
{
    private static readonly DateOnly Birthday = new(1990, 5, 17);

    [Fact]
    public async Task DateInputStartsAtTodayWithTenYearsEitherSide()
    {
        var before = DateOnly.FromDateTime(DateTime.Now);
        DateOnly seen = default;
        using var app = AppTest.FromFunction(ui => seen = ui.DateInput("Day"));

        await app.RunAsync();

        var after = DateOnly.FromDateTime(DateTime.Now);
        Assert.InRange(seen, before, after);
        var element = app.DateInput("Day").Element;
        Assert.Equal(seen.AddYears(-10), element.Min);
        Assert.Equal(seen.AddYears(10), element.Max);
        Assert.Equal("yyyy/MM/dd", element.Format);
        Assert.False(element.Clearable);
    }

    [Fact]
    public async Task DateInputReturnsTheDateTheUserPicks()
    {
        var seen = new List<DateOnly>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.DateInput("Birthday", Birthday, min: new DateOnly(1900, 1, 1))));
        await app.RunAsync();

        await app.DateInput("Birthday").SetValue(new DateOnly(1985, 12, 24)).RunAsync();

        Assert.Equal([Birthday, new DateOnly(1985, 12, 24)], seen);
        Assert.Equal(new DateOnly(1985, 12, 24), app.DateInput("Birthday").Value);
    }

    [Fact]
    public async Task ANullValueStartsEmptyAndCanBeClearedAgain()
    {
        var due = DateOnly.FromDateTime(DateTime.Now).AddDays(-3);
        var seen = new List<DateOnly?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.DateInput("Due", value: null)));
        await app.RunAsync();
        Assert.True(app.DateInput("Due").Clearable);

        await app.DateInput("Due").SetValue(due).RunAsync();
        await app.DateInput("Due").SetValue(null).RunAsync();

        Assert.Equal([null, due, null], seen);
    }

    [Fact]
    public async Task ADateInputWithAValueCannotBeCleared()
    {
        using var app = AppTest.FromFunction(ui => ui.DateInput("Birthday", Birthday));
        await app.RunAsync();

        Assert.Throws<InvalidOperationException>(() => app.DateInput("Birthday").SetValue(null));
        app.SetWidgetValue(app.DateInput("Birthday").Element.WidgetId, null);
        await app.RunAsync();

        Assert.Equal(Birthday, app.DateInput("Birthday").Value);
    }

    [Fact]
    public async Task ADateOutsideMinAndMaxIsRefusedByTheHandleAndFromTheWire()
    {
        using var app = AppTest.FromFunction(ui => ui.DateInput("Trip", new DateOnly(2025, 6, 1), min: new DateOnly(2025, 1, 1), max: new DateOnly(2025, 12, 31)));
        await app.RunAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => app.DateInput("Trip").SetValue(new DateOnly(2026, 1, 1)));
        app.SetWidgetValue(app.DateInput("Trip").Element.WidgetId, "2030-03-03");
        await app.RunAsync();

        Assert.Equal(new DateOnly(2025, 6, 1), app.DateInput("Trip").Value);
    }

    [Fact]
    public async Task ADateArrivesAsIsoTextToo()
    {
        using var app = AppTest.FromFunction(ui => ui.DateInput("Birthday", Birthday));
        await app.RunAsync();

        app.SetWidgetValue(app.DateInput("Birthday").Element.WidgetId, "1991-02-03");
        await app.RunAsync();

        Assert.Equal(new DateOnly(1991, 2, 3), app.DateInput("Birthday").Value);
    }

    [Fact]
    public async Task AStartOutsideTheRangeFailsTheRunWithAClearMessage()
    {
        using var app = AppTest.FromFunction(ui => ui.DateInput("Trip", new DateOnly(2030, 1, 1), max: new DateOnly(2025, 12, 31)));

        await app.RunAsync();

        var error = Assert.IsType<ArgumentOutOfRangeException>(app.Exception);
        Assert.Contains("2030-01-01 of 'Trip' must lie between", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinAfterMaxAndABadFormatFailTheRun()
    {
        using var minMax = AppTest.FromFunction(ui => ui.DateInput("Trip", min: new DateOnly(2026, 1, 1), max: new DateOnly(2025, 1, 1)));
        using var format = AppTest.FromFunction(ui => ui.DateInput("Trip", format: "yyyy-%"));

        await minMax.RunAsync();
        await format.RunAsync();

        Assert.Contains("after max", Assert.IsType<ArgumentException>(minMax.Exception).Message, StringComparison.Ordinal);
        Assert.Contains("is not a date format", Assert.IsType<ArgumentException>(format.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TodayIsClampedIntoARangeThatExcludesIt()
    {
        var next = DateOnly.FromDateTime(DateTime.Now).AddYears(1);
        using var app = AppTest.FromFunction(ui => ui.DateInput("Later", min: next));

        await app.RunAsync();

        Assert.Equal(next, app.DateInput("Later").Value);
        Assert.Equal(next.AddYears(10), app.DateInput("Later").Max);
    }

    [Fact]
    public async Task AKeyedDateInputIsReadAndMovedThroughState()
    {
        using var app = AppTest.FromFunction(ui => ui.DateInput("Birthday", Birthday, key: "birthday"));
        await app.RunAsync();
        Assert.Equal(Birthday, app.State["birthday"]);

        app.State["birthday"] = new DateOnly(2000, 1, 1);
        await app.RunAsync();

        Assert.Equal(new DateOnly(2000, 1, 1), app.DateInput("birthday").Value);
    }

    [Fact]
    public async Task ADateSetThroughStateOutsideTheRangeResetsToTheStartAndSaysWhy()
    {
        using var app = AppTest.FromFunction(ui => ui.DateInput("Birthday", Birthday, key: "birthday"));
        await app.RunAsync();

        app.State["birthday"] = new DateOnly(1700, 1, 1);
        await app.RunAsync();

        Assert.Equal(Birthday, app.DateInput("birthday").Value);
        Assert.Contains("The date input 'Birthday' refuses 1700-01-01: it is outside its range", Assert.Single(app.Get<ErrorElement>()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateInputOnChangeRunsOnlyWhenTheDateChanges()
    {
        var changes = 0;
        using var app = AppTest.FromFunction(ui => ui.DateInput("Birthday", Birthday, onChange: () => changes++));
        await app.RunAsync();

        await app.DateInput("Birthday").SetValue(Birthday).RunAsync();
        await app.DateInput("Birthday").SetValue(Birthday.AddDays(1)).RunAsync();

        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task TimeInputStartsAtTheCurrentMinuteWithAFifteenMinuteStep()
    {
        TimeOnly seen = default;
        using var app = AppTest.FromFunction(ui => seen = ui.TimeInput("Alarm"));

        await app.RunAsync();

        Assert.Equal(0, seen.Second);
        Assert.Equal(TimeSpan.FromMinutes(15), app.TimeInput("Alarm").Element.Step);
        Assert.False(app.TimeInput("Alarm").Clearable);
    }

    [Fact]
    public async Task TimeInputReturnsThePickedTimeToTheMinute()
    {
        var seen = new List<TimeOnly>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.TimeInput("Opens", new TimeOnly(9, 0, 59), step: TimeSpan.FromMinutes(30))));
        await app.RunAsync();

        await app.TimeInput("Opens").SetValue(new TimeOnly(10, 30, 45)).RunAsync();
        app.SetWidgetValue(app.TimeInput("Opens").Element.WidgetId, "17:45");
        await app.RunAsync();

        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(10, 30), new TimeOnly(17, 45)], seen);
        Assert.Equal(TimeSpan.FromMinutes(30), app.TimeInput("Opens").Element.Step);
    }

    [Fact]
    public async Task ANullTimeStartsEmptyAndBadTextIsIgnored()
    {
        var seen = new List<TimeOnly?>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.TimeInput("Reminder", value: null)));
        await app.RunAsync();

        app.SetWidgetValue(app.TimeInput("Reminder").Element.WidgetId, "25:99");
        await app.RunAsync();
        await app.TimeInput("Reminder").SetValue(new TimeOnly(8, 15)).RunAsync();

        Assert.Equal([null, null, new TimeOnly(8, 15)], seen);
    }

    [Fact]
    public async Task AStepThatIsNotWholeMinutesFailsTheRun()
    {
        using var app = AppTest.FromFunction(ui => ui.TimeInput("Alarm", step: TimeSpan.FromSeconds(30)));

        await app.RunAsync();

        Assert.Contains("whole minutes", Assert.IsType<ArgumentOutOfRangeException>(app.Exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateTimeInputReturnsThePickedMomentWithinItsRange()
    {
        var start = new DateTime(2025, 3, 1, 9, 30, 0);
        var seen = new List<DateTime>();
        using var app = AppTest.FromFunction(ui => seen.Add(ui.DateTimeInput("Launch", start, max: new DateTime(2025, 12, 31, 18, 0, 0))));
        await app.RunAsync();

        await app.DateTimeInput("Launch").SetValue(new DateTime(2025, 4, 2, 14, 45, 0)).RunAsync();
        app.SetWidgetValue(app.DateTimeInput("Launch").Element.WidgetId, "2026-01-01T10:00");
        await app.RunAsync();

        Assert.Equal([start, new DateTime(2025, 4, 2, 14, 45, 0), new DateTime(2025, 4, 2, 14, 45, 0)], seen); // after max: refused
        Assert.Equal(start.AddYears(-10), app.DateTimeInput("Launch").Min);
    }

    [Fact]
    public async Task DateTimeInputWithoutAValueStartsNowAndANullOneStartsEmpty()
    {
        var before = DateTime.Now.AddMinutes(-1);
        DateTime now = default;
        DateTime? empty = DateTime.MinValue;
        using var app = AppTest.FromFunction(ui =>
        {
            now = ui.DateTimeInput("Start");
            empty = ui.DateTimeInput("End", value: null);
        });

        await app.RunAsync();

        Assert.InRange(now, before, DateTime.Now);
        Assert.Equal(0, now.Second);
        Assert.Null(empty);
        Assert.True(app.DateTimeInput("End").Clearable);
    }

    [Fact]
    public async Task TheDateWidgetsKeepTheirIdentityWhateverTheClockSays()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.DateInput("Day");
            ui.TimeInput("At");
        });
        await app.RunAsync();
        var ids = (app.DateInput("Day").Element.WidgetId, app.TimeInput("At").Element.WidgetId);

        await app.RunAsync();

        Assert.Equal(ids, (app.DateInput("Day").Element.WidgetId, app.TimeInput("At").Element.WidgetId));
    }

    [Fact]
    public async Task ANullableVariablePicksTheNullableFormAndAPlainValueThePlainOne()
    {
        DateOnly? maybeDate = null;
        TimeOnly? maybeTime = new TimeOnly(6, 0);
        DateTime? maybeMoment = null;
        object?[] seen = [];
        using var app = AppTest.FromFunction(ui =>
        {
            // The declared types are the point: each call must compile to the form its argument asks for.
            DateOnly? date = ui.DateInput("Date", maybeDate);
            TimeOnly? time = ui.TimeInput("Time", maybeTime);
            DateTime? moment = ui.DateTimeInput("Moment", maybeMoment);
            DateOnly plain = ui.DateInput("Plain", Birthday, min: new DateOnly(1950, 1, 1));
            DateOnly ranged = ui.DateInput("Ranged", min: new DateOnly(2000, 1, 1), max: new DateOnly(2100, 1, 1));
            seen = [date, time, moment, plain, ranged];
        });

        await app.RunAsync();

        Assert.Null(seen[0]);
        Assert.Equal(new TimeOnly(6, 0), seen[1]);
        Assert.Null(seen[2]);
        Assert.Equal(Birthday, seen[3]);
        Assert.True(app.DateInput("Date").Clearable && app.TimeInput("Time").Clearable && app.DateTimeInput("Moment").Clearable);
        Assert.False(app.DateInput("Plain").Clearable || app.DateInput("Ranged").Clearable);
    }
}
