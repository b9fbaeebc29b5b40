using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows radio buttons; returns the chosen option.</summary>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options.</param>
    /// <param name="index">The initially chosen option.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="horizontal">Lay the options out in a row.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var model = ui.Radio("Model", ["Linear", "Forest"]);</c></example>
    public T Radio<T>(string label, IEnumerable<T> options, int index = 0, Func<T, string>? format = null, bool horizontal = false,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        var choices = new Choices<T>(options, format);
        var start = choices.Items.Length == 0 ? -1 : choices.CheckIndex(index, label);
        return Widget(new RadioSpec<T>(label, choices, start, horizontal) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a drop-down list; returns the chosen option, or <c>default</c> when none is chosen.</summary>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options.</param>
    /// <param name="index">The initially chosen option; <c>null</c> starts with none.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="placeholder">The text shown when none is chosen.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var species = ui.SelectBox("Species", ["Adelie", "Gentoo"]);</c></example>
    public T? SelectBox<T>(string label, IEnumerable<T> options, int? index = 0, Func<T, string>? format = null, string? placeholder = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        var choices = new Choices<T>(options, format);
        var start = choices.Items.Length == 0 ? -1 : choices.CheckIndex(index, label);
        return Widget(new SelectBoxSpec<T>(label, choices, start, placeholder) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a drop-down list with many choices; returns the chosen options in the order chosen.</summary>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options.</param>
    /// <param name="defaults">The initially chosen options; each must be one of <paramref name="options"/>.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="placeholder">The text shown when none is chosen.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var islands = ui.MultiSelect("Islands", all, defaults: ["Biscoe"]);</c></example>
    public IReadOnlyList<T> MultiSelect<T>(string label, IEnumerable<T> options, IEnumerable<T>? defaults = null, Func<T, string>? format = null,
        string? placeholder = null, string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        var choices = new Choices<T>(options, format);
        T[] chosen = defaults is null ? [] : [.. defaults];
        foreach (var item in chosen)
        {
            if (choices.IndexOf(item) < 0)
            {
                throw new ArgumentException($"The default '{item}' of '{label}' is not one of its options.", nameof(defaults));
            }
        }

        return Widget(new MultiSelectSpec<T>(label, choices, chosen, placeholder) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a slider over a list of options (sizes, months, grades); returns the chosen option.</summary>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options, in slider order; at least one.</param>
    /// <param name="index">The initially chosen option.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var size = ui.SelectSlider("Size", ["S", "M", "L", "XL"], index: 1);</c></example>
    public T SelectSlider<T>(string label, IEnumerable<T> options, int index = 0, Func<T, string>? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        var choices = SliderChoices(label, options, format);
        var start = choices.CheckIndex(index, label);
        return Widget(new SelectSliderSpec<T>(label, choices, start) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a slider with two thumbs over a list of options; returns the chosen (low, high) pair, low never after high.</summary>
    /// <remarks>Streamlit's <c>select_slider</c> with a tuple value.</remarks>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options, in slider order; at least one.</param>
    /// <param name="value">The initial ends; each must be one of <paramref name="options"/> (given in either order).</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var (from, to) = ui.SelectSlider("Months", months, ("Mar", "Sep"));</c></example>
    public (T Low, T High) SelectSlider<T>(string label, IEnumerable<T> options, (T Low, T High) value, Func<T, string>? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
    {
        var choices = SliderChoices(label, options, format);
        var a = OptionIndex(choices, value.Low, label, nameof(value));
        var b = OptionIndex(choices, value.High, label, nameof(value));
        return Widget(new SelectRangeSliderSpec<T>(label, choices, Math.Min(a, b), Math.Max(a, b))
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows the options as pills, one of which can be chosen; returns it, or <c>default</c> when none is (a click on the chosen pill takes it back).</summary>
    /// <remarks>With options of a value type (an enum), none is <c>default(T)</c>; pass nullable options (<c>Mode?</c>) to tell it apart.</remarks>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options.</param>
    /// <param name="index">The initially chosen option; <c>null</c> (the default) starts with none.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var mood = ui.Pills("Mood", ["Calm", "Busy", "Stormy"]);</c></example>
    public T? Pills<T>(string label, IEnumerable<T> options, int? index = null, Func<T, string>? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        SingleGroup(label, options, index, format, segmented: false, key, help, disabled, onChange);

    /// <summary>Shows the options as pills, any of which can be chosen; returns the chosen ones in option order.</summary>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options.</param>
    /// <param name="defaults">The initially chosen options; each must be one of <paramref name="options"/>.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var tags = ui.MultiPills("Tags", ["bug", "docs", "perf"], defaults: ["bug"]);</c></example>
    public IReadOnlyList<T> MultiPills<T>(string label, IEnumerable<T> options, IEnumerable<T>? defaults = null, Func<T, string>? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        MultiGroup(label, options, defaults, format, segmented: false, key, help, disabled, onChange);

    /// <summary>Shows the options as a row of joined buttons, one of which can be chosen; returns it, or <c>default</c> when none is.</summary>
    /// <remarks>A click on the chosen button takes it back, as in Streamlit. With options of a value type, none is <c>default(T)</c>.</remarks>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options.</param>
    /// <param name="index">The initially chosen option; <c>null</c> (the default) starts with none.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var view = ui.SegmentedControl("View", ["Table", "Chart"], index: 0);</c></example>
    public T? SegmentedControl<T>(string label, IEnumerable<T> options, int? index = null, Func<T, string>? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        SingleGroup(label, options, index, format, segmented: true, key, help, disabled, onChange);

    /// <summary>Shows the options as a row of joined buttons, any of which can be chosen; returns the chosen ones in option order.</summary>
    /// <typeparam name="T">The option type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="options">The options.</param>
    /// <param name="defaults">The initially chosen options; each must be one of <paramref name="options"/>.</param>
    /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var days = ui.MultiSegmentedControl("Days", ["Mon", "Tue", "Wed"], defaults: ["Mon"]);</c></example>
    public IReadOnlyList<T> MultiSegmentedControl<T>(string label, IEnumerable<T> options, IEnumerable<T>? defaults = null, Func<T, string>? format = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        MultiGroup(label, options, defaults, format, segmented: true, key, help, disabled, onChange);

    private static Choices<T> SliderChoices<T>(string label, IEnumerable<T> options, Func<T, string>? format)
    {
        var choices = new Choices<T>(options, format);
        if (choices.Items.Length == 0)
        {
            throw new ArgumentException($"The select slider '{label}' needs at least one option.", nameof(options));
        }

        return choices;
    }

    private static int OptionIndex<T>(Choices<T> choices, T value, string label, string parameter) => choices.IndexOf(value) is var i and >= 0
        ? i
        : throw new ArgumentException($"The value '{value}' of '{label}' is not one of its options.", parameter);

    private T? SingleGroup<T>(string label, IEnumerable<T> options, int? index, Func<T, string>? format, bool segmented,
        string? key, string? help, bool disabled, Action? onChange)
    {
        var choices = new Choices<T>(options, format);
        var start = choices.CheckIndex(index, label);
        return Widget(new ButtonGroupSpec<T>(label, choices, start, segmented) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    private IReadOnlyList<T> MultiGroup<T>(string label, IEnumerable<T> options, IEnumerable<T>? defaults, Func<T, string>? format, bool segmented,
        string? key, string? help, bool disabled, Action? onChange)
    {
        var choices = new Choices<T>(options, format);
        var chosen = (defaults ?? []).Select(item => OptionIndex(choices, item, label, nameof(defaults))).Distinct().Order().Select(i => choices.Items[i]).ToArray();
        return Widget(new MultiButtonGroupSpec<T>(label, choices, chosen, segmented) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}
