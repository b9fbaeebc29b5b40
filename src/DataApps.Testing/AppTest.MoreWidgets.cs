namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The select slider (single or range) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.SelectSlider("Size").SetValue("L").RunAsync();</c></example>
    public SelectSliderHandle SelectSlider(string labelOrKey) => new(this, Find<SelectSliderElement>(labelOrKey));

    /// <summary>The date input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.DateInput("Birthday").SetValue(new DateOnly(1990, 5, 17)).RunAsync();</c></example>
    public TemporalHandle<DateInputElement, DateOnly> DateInput(string labelOrKey) =>
        new(this, Find<DateInputElement>(labelOrKey), e => e.Value, e => e.Clearable, e => e.Min, e => e.Max);

    /// <summary>The time input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.TimeInput("Alarm").SetValue(new TimeOnly(7, 30)).RunAsync();</c></example>
    public TemporalHandle<TimeInputElement, TimeOnly> TimeInput(string labelOrKey) =>
        new(this, Find<TimeInputElement>(labelOrKey), e => e.Value, e => e.Clearable, _ => null, _ => null);

    /// <summary>The date-and-time input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.DateTimeInput("Start").SetValue(new DateTime(2025, 3, 1, 9, 30, 0)).RunAsync();</c></example>
    public TemporalHandle<DateTimeInputElement, DateTime> DateTimeInput(string labelOrKey) =>
        new(this, Find<DateTimeInputElement>(labelOrKey), e => e.Value, e => e.Clearable, e => e.Min, e => e.Max);

    /// <summary>The colour picker with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.ColorPicker("Colour").SetValue("#ff8800").RunAsync();</c></example>
    public ColorPickerHandle ColorPicker(string labelOrKey) => new(this, Find<ColorPickerElement>(labelOrKey));

    /// <summary>The pills (<c>ui.Pills</c> or <c>ui.MultiPills</c>) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.Pills("Mood").Click("Calm").RunAsync();</c></example>
    public ButtonGroupHandle<PillsElement> Pills(string labelOrKey) =>
        new(this, Find<PillsElement>(labelOrKey), e => e.Options, e => e.Indices, e => e.Multi);

    /// <summary>The segmented control (single or multi) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.SegmentedControl("View").SetValue("Chart").RunAsync();</c></example>
    public ButtonGroupHandle<SegmentedControlElement> SegmentedControl(string labelOrKey) =>
        new(this, Find<SegmentedControlElement>(labelOrKey), e => e.Options, e => e.Indices, e => e.Multi);

    /// <summary>The feedback widget with this key, or the page's only one when <paramref name="key"/> is <c>null</c> (feedback has no label).</summary>
    /// <param name="key">The key given to the verb, or <c>null</c>.</param>
    /// <exception cref="InvalidOperationException">No feedback widget, or several and no key.</exception>
    /// <example><c>await app.Feedback().SetValue(1).RunAsync();</c></example>
    public FeedbackHandle Feedback(string? key = null)
    {
        if (key is not null)
        {
            return new(this, Find<FeedbackElement>(key));
        }

        var all = Get<FeedbackElement>();
        return all.Count == 1
            ? new(this, all[0])
            : throw new InvalidOperationException(all.Count == 0
                ? "No feedback widget in the last run."
                : $"{all.Count} feedback widgets in the last run; find one by its key instead.");
    }

    /// <summary>The link button with this label.</summary>
    /// <param name="label">The button text.</param>
    /// <exception cref="InvalidOperationException">No such link button, or several.</exception>
    /// <example><c>Assert.Equal("https://example.org", app.LinkButton("Docs").Url);</c></example>
    public LinkButtonElement LinkButton(string label)
    {
        var all = Get<LinkButtonElement>();
        var found = all.Where(b => b.Label == label).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new InvalidOperationException($"No link button labelled '{label}' in the last run. Found: " +
                (all.Count == 0 ? "none." : string.Join(", ", all.Select(b => $"'{b.Label}'")) + ".")),
            _ => throw new InvalidOperationException($"{found.Count} link buttons are labelled '{label}'."),
        };
    }
}
