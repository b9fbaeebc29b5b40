using System.Numerics;
using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a button; returns <c>true</c> only in the run caused by its click.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="primary">Draw it as the primary action.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it is clicked.</param>
    /// <example><c>if (ui.Button("Refresh")) cache.Clear();</c></example>
    public bool Button(string label, bool primary = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new ButtonSpec(label, primary) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

    /// <summary>Shows a checkbox; returns whether it is checked.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial state.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>if (ui.Checkbox("Show raw data")) ui.Json(rows);</c></example>
    public bool Checkbox(string label, bool value = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new CheckSpec("checkbox", label, value) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

    /// <summary>Shows an on/off switch; returns whether it is on.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial state.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var live = ui.Toggle("Live updates");</c></example>
    public bool Toggle(string label, bool value = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new CheckSpec("toggle", label, value) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

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

    /// <summary>Shows a slider; returns its value.</summary>
    /// <typeparam name="T">Any number type: <c>int</c>, <c>double</c>, <c>decimal</c>, …</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <param name="value">The initial value; <paramref name="min"/> by default.</param>
    /// <param name="step">The step; 1 for whole numbers, 0.01 otherwise.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>int year = ui.Slider("Year", 2015, 2024, 2024);</c></example>
    public T Slider<T>(string label, T min, T max, T? value = null, T? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        where T : struct, INumber<T>
    {
        Numbers<T>.CheckRange(min, max, label);
        var initial = T.Clamp(value ?? min, min, max);
        return Widget(new SliderSpec<T>(label, min, max, initial, step ?? Numbers<T>.DefaultStep)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a slider with two thumbs; returns the selected range.</summary>
    /// <typeparam name="T">Any number type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <param name="value">The initial range; the whole range by default.</param>
    /// <param name="step">The step; 1 for whole numbers, 0.01 otherwise.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var (lo, hi) = ui.RangeSlider("Mass (g)", 2500, 6500);</c></example>
    public (T Low, T High) RangeSlider<T>(string label, T min, T max, (T Low, T High)? value = null, T? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        where T : struct, INumber<T>
    {
        Numbers<T>.CheckRange(min, max, label);
        var (low, high) = value ?? (min, max);
        var initial = (T.Clamp(T.Min(low, high), min, max), T.Clamp(T.Max(low, high), min, max));
        return Widget(new RangeSliderSpec<T>(label, min, max, initial, step ?? Numbers<T>.DefaultStep)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }

    /// <summary>Shows a single-line text field; returns its text.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial text.</param>
    /// <param name="placeholder">The text shown when empty.</param>
    /// <param name="maxChars">The longest text accepted.</param>
    /// <param name="password">Mask the text.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var name = ui.TextInput("Name", placeholder: "Ada");</c></example>
    public string TextInput(string label, string value = "", string? placeholder = null, int? maxChars = null, bool password = false,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new TextSpec("text-input", label, value ?? "", placeholder, maxChars, password, 1)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

    /// <summary>Shows a multi-line text field; returns its text.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial text.</param>
    /// <param name="placeholder">The text shown when empty.</param>
    /// <param name="maxChars">The longest text accepted.</param>
    /// <param name="lines">The visible height in lines.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var prompt = ui.TextArea("Prompt", lines: 6);</c></example>
    public string TextArea(string label, string value = "", string? placeholder = null, int? maxChars = null, int lines = 4,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new TextSpec("text-area", label, value ?? "", placeholder, maxChars, false, Math.Max(1, lines))
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

    /// <summary>Shows a numeric field with step buttons; returns its value.</summary>
    /// <typeparam name="T">Any number type.</typeparam>
    /// <param name="label">The label.</param>
    /// <param name="value">The initial value; <paramref name="min"/> or zero by default.</param>
    /// <param name="min">The smallest value accepted.</param>
    /// <param name="max">The largest value accepted.</param>
    /// <param name="step">The step; 1 for whole numbers, 0.01 otherwise.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it changes.</param>
    /// <example><c>var epochs = ui.NumberInput&lt;int&gt;("Epochs", 10, min: 1, max: 500);</c></example>
    public T NumberInput<T>(string label, T? value = null, T? min = null, T? max = null, T? step = null,
        string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        where T : struct, INumber<T>
    {
        if (min is { } lo && max is { } hi)
        {
            Numbers<T>.CheckRange(lo, hi, label);
        }

        var initial = value ?? min ?? T.Zero;
        initial = min is { } low && initial < low ? low : max is { } high && initial > high ? high : initial;
        return Widget(new NumberInputSpec<T>(label, initial, min, max, step ?? Numbers<T>.DefaultStep)
        { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}
