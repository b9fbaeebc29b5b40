namespace DataApps.Components.Tests.Widgets;

/// <summary>Elements of the more widgets with plausible contents.</summary>
internal static class SomeMoreWidgets
{
    public static readonly EquatableArray<string> Sizes = new[] { "XS", "S", "M", "L", "XL" };

    public static SelectSliderElement SelectSlider(int index = 2, int? end = null, bool disabled = false) =>
        new("select-slider-1", "Size", Sizes, index, end) { Disabled = disabled };

    public static DateInputElement Date(DateOnly? value = null, bool clearable = false, bool disabled = false) =>
        new("date-input-1", "Birthday", value ?? new DateOnly(1990, 5, 17), new DateOnly(1980, 1, 1), new DateOnly(2000, 12, 31), "yyyy/MM/dd", clearable)
        { Disabled = disabled };

    public static DateInputElement EmptyDate() =>
        new("date-input-1", "Due", null, new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31), "yyyy/MM/dd", true);

    public static TimeInputElement Time(TimeOnly? value = null, int stepMinutes = 15, bool clearable = false) =>
        new("time-input-1", "Alarm", value ?? new TimeOnly(9, 30), TimeSpan.FromMinutes(stepMinutes), clearable);

    public static DateTimeInputElement DateTime(DateTime? value = null, bool clearable = false) =>
        new("date-time-input-1", "Launch", value, new System.DateTime(2020, 1, 1), new System.DateTime(2030, 12, 31, 23, 59, 0), "yyyy/MM/dd",
            TimeSpan.FromMinutes(15), clearable);

    public static ColorPickerElement Color(string value = "#1f77b4") => new("color-picker-1", "Colour", value);

    public static PillsElement Pills(int[]? indices = null, bool multi = false, bool disabled = false) =>
        new("pills-1", "Mood", new[] { "Calm", "Busy", "Stormy" }, indices ?? [], multi) { Disabled = disabled };

    public static SegmentedControlElement Segments(int[]? indices = null, bool multi = false) =>
        new("segmented-control-1", "View", new[] { "Table", "Chart", "Map" }, indices ?? [], multi);

    public static FeedbackElement Feedback(FeedbackOptions options = FeedbackOptions.Thumbs, int? value = null, bool disabled = false) =>
        new("feedback-1", "", options, value) { Disabled = disabled };

    /// <summary>One widget of every kind in this file, for the checks every renderer must pass (Some.Widgets()).</summary>
    public static IEnumerable<WidgetElement> Widgets() =>
    [
        SelectSlider(), SelectSlider(index: 1, end: 3), Date(), EmptyDate(), Time(), DateTime(new System.DateTime(2025, 3, 1, 9, 30, 0)), Color(),
        Pills(indices: [1]), Pills(multi: true), Segments(indices: [0]), Segments(multi: true),
        Feedback(), Feedback(FeedbackOptions.Faces, 2), Feedback(FeedbackOptions.Stars, 4),
    ];

    public static LinkButtonElement Link(bool primary = false, string? help = null, bool disabled = false) =>
        new("Docs", "https://example.org/docs", primary) { Help = help, Disabled = disabled };
}
