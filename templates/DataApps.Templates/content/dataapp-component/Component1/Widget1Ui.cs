#if (!js)
using Component1;

#endif
namespace DataApps;

/// <summary>The <c>ui.Widget1</c> verb of the Component1-name library.</summary>
public static class Widget1Ui
{
#if (js)
    /// <summary>The name the module is registered under.</summary>
    public const string ComponentName = "widget1";

    /// <summary>The module, a static asset of this library (wwwroot/widget1.js).</summary>
    public const string ModulePath = "_content/Component1-name/widget1.js";

    /// <summary>Shows a whole number with buttons to step it down and up; returns the current number.</summary>
    /// <param name="ui">The page's <see cref="Ui"/> (or a form's, a fragment's, a column's).</param>
    /// <param name="label">The label shown beside the buttons.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value, at least <paramref name="min"/>.</param>
    /// <param name="value">The value before the user changes it, from <paramref name="min"/> to <paramref name="max"/>.</param>
    /// <param name="step">How much one click changes the value, at least 1.</param>
    /// <param name="key">A key: the widget's identity and its <c>ui.State</c> entry; needed when a page shows two of them.</param>
    /// <param name="onChange">Called before the next run when the user changes the value.</param>
    /// <returns>The current value, from <paramref name="min"/> to <paramref name="max"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <example><c>int guests = ui.Widget1("Guests", min: 1, max: 12, value: 2);</c></example>
    public static int Widget1(this Ui ui, string label, int min = 0, int max = 10, int value = 0, int step = 1, string? key = null, Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);

        // The value is null until the module sets one. Anything the browser sends is untrusted: the framework refuses what
        // is not an int, and a number outside the range counts as no change.
        var sent = ui.Component<int?>(ComponentName, new { label, min, max, value, step }, defaultValue: null, key: key, onChange: onChange);
        return sent is { } number && number >= min && number <= max ? number : value;
    }
#else
    /// <summary>Shows a whole number with buttons to step it down and up; returns the current number.</summary>
    /// <param name="ui">The page's <see cref="Ui"/> (or a form's, a fragment's, a column's).</param>
    /// <param name="label">The label, part of the widget's identity unless <paramref name="key"/> is given.</param>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value, at least <paramref name="min"/>.</param>
    /// <param name="value">The value before the user changes it, from <paramref name="min"/> to <paramref name="max"/>.</param>
    /// <param name="step">How much one click changes the value, at least 1.</param>
    /// <param name="disabled">Whether the widget is greyed out and cannot be changed.</param>
    /// <param name="help">A tooltip beside the label.</param>
    /// <param name="key">A key: the identity becomes the key and the value is readable as <c>ui.State[key]</c>.</param>
    /// <param name="onChange">Called before the next run when the user changes the value.</param>
    /// <returns>The current value, from <paramref name="min"/> to <paramref name="max"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <example><c>int guests = ui.Widget1("Guests", min: 1, max: 12, value: 2);</c></example>
    public static int Widget1(
        this Ui ui,
        string label,
        int min = 0,
        int max = 10,
        int value = 0,
        int step = 1,
        bool disabled = false,
        string? help = null,
        string? key = null,
        Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return ui.Widget(new Widget1Spec(label, min, max, value, step)
        {
            Disabled = disabled,
            Help = help,
            Key = key,
            OnChange = onChange,
        });
    }
#endif
}
