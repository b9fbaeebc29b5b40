using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class DateTimeViewsTests : RendererTest
{
    [Fact]
    public void TheDateInputShowsItsLabelAndTheDateInItsFormat()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.Date());

        Assert.Equal("Birthday", cut.Find(".da-label label").TextContent);
        Assert.Equal("1990/05/17", cut.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void ATypedDateIsSentAsADateOnly()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.Date());

        cut.Find("input").Change("1985/12/24");

        cut.WaitForAssertion(() => Assert.Equal(("date-input-1", (object?)new DateOnly(1985, 12, 24)), Sink.Single), Patience);
    }

    [Fact]
    public void AClickedDayIsSentAsADateOnly()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.Date());

        cut.Find(".mud-input-adornment button").Click();
        var day = Popovers.WaitForElements(".mud-picker-calendar-day:not(.mud-hidden)", Patience).First(d => d.TextContent.Trim() == "20");
        day.Click();

        cut.WaitForAssertion(() => Assert.Equal(("date-input-1", (object?)new DateOnly(1990, 5, 20)), Sink.Single), Patience);
    }

    [Fact]
    public void AnEmptyDateShowsItsPlaceholderAndTheDateFollowsTheElement()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.EmptyDate());
        Assert.Equal("No date", cut.Find("input").GetAttribute("placeholder"));

        Rerun(cut, Some.EmptyDate() with { Value = new DateOnly(2024, 2, 29) });

        Assert.Equal("2024/02/29", cut.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void AClearableDateSendsNullWhenCleared()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.Date(clearable: true));

        cut.Find("button.mud-input-clear-button").Click();

        cut.WaitForAssertion(() => Assert.Equal(("date-input-1", (object?)null), Sink.Single), Patience);
    }

    [Fact]
    public void ADateThatMayNotBeEmptyHasNoClearButton()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.Date());

        Assert.Empty(cut.FindAll("button.mud-input-clear-button"));
    }

    [Fact]
    public void ADisabledDateInputIsDisabled()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.Date(disabled: true));

        Assert.True(cut.Find("input").HasAttribute("disabled"));
    }

    [Fact]
    public void AnEqualDateInputDoesNotRenderAgain()
    {
        var cut = Render<DateInputView, DateInputElement>(Some.Date());

        Rerun(cut, Some.Date());

        Assert.Equal(1, cut.RenderCount);
    }

    [Fact]
    public void TheTimeInputShowsTheTimeAndSendsATypedOneAsATimeOnly()
    {
        var cut = Render<TimeInputView, TimeInputElement>(Some.Time());
        Assert.Equal("09:30", cut.Find("input").GetAttribute("value"));

        cut.Find("input").Change("17:45");

        cut.WaitForAssertion(() => Assert.Equal(("time-input-1", (object?)new TimeOnly(17, 45)), Sink.Single), Patience);
    }

    [Fact]
    public void TheTimePickerMovesInTheWidgetsStep()
    {
        var cut = Render<TimeInputView, TimeInputElement>(Some.Time(stepMinutes: 5));

        Assert.Equal(5, cut.FindComponent<MudBlazor.MudTimePicker>().Instance.MinuteSelectionStep);
    }

    [Fact]
    public void TheDateTimeInputShowsBothPartsAndSendsTheWholeMomentWhenEitherChanges()
    {
        var cut = Render<DateTimeInputView, DateTimeInputElement>(Some.DateTime(new DateTime(2025, 3, 1, 9, 30, 0)));
        var inputs = cut.FindAll("input");
        Assert.Equal(["2025/03/01", "09:30"], inputs.Select(i => i.GetAttribute("value")));

        cut.FindAll("input")[1].Change("14:15");
        cut.WaitForAssertion(() => Assert.Single(Sink.Values), Patience);
        cut.FindAll("input")[0].Change("2025/04/02");

        cut.WaitForAssertion(() => Assert.Equal(2, Sink.Values.Count), Patience);
        Assert.Equal(new DateTime(2025, 3, 1, 14, 15, 0), Sink.Values[0].Value);
        Assert.Equal(new DateTime(2025, 4, 2, 14, 15, 0), Sink.Values[1].Value);
    }

    [Fact]
    public void AnEmptyDateTimeWaitsForADateBeforeSending()
    {
        var cut = Render<DateTimeInputView, DateTimeInputElement>(Some.DateTime(clearable: true));

        cut.FindAll("input")[1].Change("08:00");
        cut.FindAll("input")[0].Change("2024/01/31");

        cut.WaitForAssertion(() => Assert.Equal(("date-time-input-1", (object?)new DateTime(2024, 1, 31, 8, 0, 0)), Sink.Single), Patience);
    }
}
