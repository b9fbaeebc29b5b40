namespace DataApps.Components.Tests.Support;

/// <summary>Widget elements with plausible contents, one group per family (the families of src/DataApps.Core/Widgets/).</summary>
internal static partial class Some
{
    /// <summary>One widget of every built-in kind, for the checks every renderer must pass.</summary>
    public static IEnumerable<WidgetElement> Widgets() =>
    [
        Button(), Checkbox(), Toggle(),
        Radio(), SelectBox(), MultiSelect(indices: [0]), SelectSlider(), SelectSlider(index: 1, end: 3),
        Pills(indices: [1]), Pills(multi: true), Segments(indices: [0]), Segments(multi: true),
        Slider(), RangeSlider(), NumberInput(),
        TextInput(), TextInput(password: true), TextArea(),
        Date(), EmptyDate(), Time(), DateTime(new System.DateTime(2025, 3, 1, 9, 30, 0)),
        Color(),
        Feedback(), Feedback(FeedbackOptions.Faces, 2), Feedback(FeedbackOptions.Stars, 4),

        // Widgets that belong to forms, charts, files and media
        new SubmitButtonElement("submit-1", "Save", false, "form:f"), SelectableChart(), SomeFiles.Uploader(), SomeFiles.Download(),
        .. SomeMedia.Widgets(),
    ];

    // Buttons
    public static ButtonElement Button(string? help = null, bool disabled = false) => new("button-1", "Go", false) { Help = help, Disabled = disabled };

    public static LinkButtonElement LinkButton(bool primary = false, string? help = null, bool disabled = false) =>
        new("Docs", "https://example.org/docs", primary) { Help = help, Disabled = disabled };

    // Toggles
    public static CheckboxElement Checkbox(bool value = false, string? help = null, bool disabled = false) =>
        new("checkbox-1", "Agree", value) { Help = help, Disabled = disabled };

    public static ToggleElement Toggle(bool value = false, string? help = null, bool disabled = false) =>
        new("toggle-1", "Dark", value) { Help = help, Disabled = disabled };

    // Choices
    public static RadioElement Radio(int index = 0, bool horizontal = false, string? help = null, bool disabled = false) =>
        new("radio-1", "Species", Options(), index, horizontal) { Help = help, Disabled = disabled };

    public static SelectBoxElement SelectBox(int index = 0, string? placeholder = null, EquatableArray<string>? options = null, bool disabled = false,
        bool clearable = false) =>
        new("select-box-1", "Island", options ?? Options(), index, placeholder) { Disabled = disabled, Clearable = clearable };

    public static MultiSelectElement MultiSelect(int[]? indices = null, string? placeholder = null, bool disabled = false, int? maxSelections = null) =>
        new("multi-select-1", "Species", Options(), indices ?? [], placeholder) { Disabled = disabled, MaxSelections = maxSelections };

    public static readonly EquatableArray<string> Sizes = new[] { "XS", "S", "M", "L", "XL" };

    public static SelectSliderElement SelectSlider(int index = 2, int? end = null, bool disabled = false) =>
        new("select-slider-1", "Size", Sizes, index, end) { Disabled = disabled };

    public static PillsElement Pills(int[]? indices = null, bool multi = false, bool disabled = false) =>
        new("pills-1", "Mood", new[] { "Calm", "Busy", "Stormy" }, indices ?? [], multi) { Disabled = disabled };

    public static SegmentedControlElement Segments(int[]? indices = null, bool multi = false) =>
        new("segmented-control-1", "View", new[] { "Table", "Chart", "Map" }, indices ?? [], multi);

    // Numbers
    public static SliderElement Slider(double value = 50, double min = 0, double max = 100, double step = 1, bool disabled = false) =>
        new("slider-1", "Year", value, min, max, step) { Disabled = disabled };

    public static RangeSliderElement RangeSlider(double low = 20, double high = 80, double min = 0, double max = 100, double step = 1, bool disabled = false) =>
        new("range-slider-1", "Bill length", low, high, min, max, step) { Disabled = disabled };

    public static NumberInputElement NumberInput(double? value = 3, double? min = null, double? max = null, double step = 1, bool integral = true, bool disabled = false,
        bool clearable = false, string? placeholder = null) =>
        new("number-input-1", "Count", value, min, max, step, integral) { Disabled = disabled, Clearable = clearable, Placeholder = placeholder };

    // Text inputs
    public static TextInputElement TextInput(string value = "", string? placeholder = null, int? maxChars = null, bool password = false, bool disabled = false) =>
        new("text-input-1", "Name", value, placeholder, maxChars, password) { Disabled = disabled };

    public static TextAreaElement TextArea(string value = "", int lines = 4, int? maxChars = null) =>
        new("text-area-1", "Notes", value, null, maxChars, lines);

    // Dates and times
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

    // Colours
    public static ColorPickerElement Color(string value = "#1f77b4") => new("color-picker-1", "Colour", value);

    // Feedback
    public static FeedbackElement Feedback(FeedbackOptions options = FeedbackOptions.Thumbs, int? value = null, bool disabled = false) =>
        new("feedback-1", "", options, value) { Disabled = disabled };
}
