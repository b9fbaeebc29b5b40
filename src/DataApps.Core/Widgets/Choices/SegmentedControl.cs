namespace DataApps;

// Note [Widget files]: the widget's record and verbs; their specs, shared with Pills, are in ButtonGroups.cs.

/// <summary>Options shown as a row of joined buttons (<c>ui.SegmentedControl</c>, <c>ui.MultiSegmentedControl</c>); values travel as for <see cref="PillsElement"/>.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options.</param>
/// <param name="Indices">The chosen indices, in option order (at most one unless <paramref name="Multi"/>).</param>
/// <param name="Multi">Whether several options can be chosen.</param>
public sealed record SegmentedControlElement(string WidgetId, string Label, EquatableArray<string> Options, EquatableArray<int> Indices, bool Multi)
    : WidgetElement(WidgetId, Label);

public sealed partial class Ui
{
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
}
