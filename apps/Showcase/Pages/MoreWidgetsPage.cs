using System.Globalization;
using DataApps;

namespace Showcase.Pages;

/// <summary>The widgets beyond the basics: option sliders, dates and times, colours, pills, segmented controls, feedback and link buttons.</summary>
[Page("/more-widgets", Title = "More widgets", Icon = "widgets", Section = "Basics", Order = 15)]
public sealed class MoreWidgetsPage : DataPage
{
    private enum Chart
    {
        Line,
        Bar,
        Area,
    }

    private static readonly string[] Sizes = ["XS", "S", "M", "L", "XL"];

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    protected override void Run(Ui ui)
    {
        ui.Title("More widgets");
        ui.Markdown("""
            The rest of Streamlit's inputs. As on the Widgets page, each verb **returns its current value**, shown in the
            column beside it; change a widget and the page runs again.
            """);

        Sliders(ui);
        DatesAndTimes(ui);
        Choices(ui);
        FeedbackAndLinks(ui);
    }

    private static void Sliders(Ui ui)
    {
        ui.Header("Option sliders", divider: true);

        var (widget, value) = ui.Columns(3, 1);
        var size = widget.SelectSlider("SelectSlider", Sizes, index: 2, help: "A slider over any options; starts at index 2.");
        value.Text($"size = {size}");

        (widget, value) = ui.Columns(3, 1);
        var (from, to) = widget.SelectSlider("SelectSlider (range)", Months, ("Mar", "Sep"), help: "A tuple value makes a range: returns (Low, High).");
        value.Text($"months = {from}..{to}");
    }

    private static void DatesAndTimes(Ui ui)
    {
        ui.Header("Dates and times", divider: true);

        var (widget, value) = ui.Columns(3, 1);
        var birthday = widget.DateInput("DateInput", new DateOnly(1990, 5, 17), min: new DateOnly(1900, 1, 1), max: new DateOnly(2030, 12, 31),
            help: "A DateOnly between min and max (ten years either side by default).");
        value.Text($"birthday = {birthday:yyyy-MM-dd}");

        (widget, value) = ui.Columns(3, 1);
        var due = widget.DateInput("DateInput (empty)", value: null, help: "value: null starts empty, can be cleared and returns DateOnly?.");
        value.Text($"due = {(due is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "null")}");

        (widget, value) = ui.Columns(3, 1);
        var opens = widget.TimeInput("TimeInput", new TimeOnly(9, 0), step: TimeSpan.FromMinutes(30), help: "A TimeOnly to the minute; the clock moves in 30-minute steps.");
        value.Text($"opens = {opens:HH\\:mm}");

        (widget, value) = ui.Columns(3, 1);
        var launch = widget.DateTimeInput("DateTimeInput", new DateTime(2025, 3, 1, 9, 30, 0), help: "A date and a time, returned as one DateTime.");
        value.Text($"launch = {launch:yyyy-MM-dd HH\\:mm}");
    }

    private static void Choices(Ui ui)
    {
        ui.Header("Colours, pills and segments", divider: true);

        var (widget, value) = ui.Columns(3, 1);
        var color = widget.ColorPicker("ColorPicker", "#1f77b4", help: "Returns the colour as #rrggbb.");
        value.Text($"color = {color}");

        (widget, value) = ui.Columns(3, 1);
        var mood = widget.Pills("Pills", ["Calm", "Busy", "Stormy"], help: "One choice or none: click the chosen pill to take it back.");
        value.Text($"mood = {mood ?? "null"}");

        (widget, value) = ui.Columns(3, 1);
        var tags = widget.MultiPills("MultiPills", ["bug", "docs", "perf", "ui"], defaults: ["docs"], help: "Any of the options, returned in option order.");
        value.Text($"tags = [{string.Join(", ", tags)}]");

        (widget, value) = ui.Columns(3, 1);
        var chart = widget.SegmentedControl("SegmentedControl", Enum.GetValues<Chart>(), index: 0, help: "Joined buttons; options can be any type, an enum here.");
        value.Text($"chart = {chart}");

        (widget, value) = ui.Columns(3, 1);
        var days = widget.MultiSegmentedControl("MultiSegmentedControl", ["Mon", "Tue", "Wed", "Thu", "Fri"], defaults: ["Mon", "Fri"],
            help: "Several joined buttons can be on.");
        value.Text($"days = [{string.Join(", ", days)}]");
    }

    private static void FeedbackAndLinks(Ui ui)
    {
        ui.Header("Feedback and links", divider: true);

        ui.Markdown("Feedback has no label. Thumbs give 0 (down) or 1 (up); faces 0 to 4; stars 0 (one star) to 4 (five):");
        var (widget, value) = ui.Columns(3, 1);
        var thumbs = widget.Feedback(FeedbackOptions.Thumbs, key: "thumbs", help: "Was this page useful?");
        value.Text($"thumbs = {Show(thumbs)}");

        (widget, value) = ui.Columns(3, 1);
        var faces = widget.Feedback(FeedbackOptions.Faces, key: "faces", help: "How do you feel?");
        value.Text($"faces = {Show(faces)}");

        (widget, value) = ui.Columns(3, 1);
        var stars = widget.Feedback(FeedbackOptions.Stars, value: 3, key: "stars", help: "Starts at four stars (value: 3).");
        value.Text($"stars = {Show(stars)}");

        if (thumbs == 1)
        {
            ui.Success("Thanks for the thumbs up!");
        }

        ui.Markdown("A link button opens its address in a new tab; it is not a widget and never reruns the page:");
        var (left, right) = ui.Columns(1, 1);
        left.LinkButton("Streamlit's widget docs", "https://docs.streamlit.io/develop/api-reference/widgets", help: "Opens in a new tab.");
        right.LinkButton("MudBlazor", "https://mudblazor.com", primary: true, help: "The component library the widgets are drawn with.");
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
