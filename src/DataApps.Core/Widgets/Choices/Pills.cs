namespace DataApps;

// Note [Widget files]: the widget's record and verbs; their specs, shared with SegmentedControl, are in ButtonGroups.cs.

/// <summary>Options shown as pills (<c>ui.Pills</c>, <c>ui.MultiPills</c>); the browser sends the chosen index (-1 for none) or indices.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Label">The label.</param>
/// <param name="Options">The formatted options.</param>
/// <param name="Indices">The chosen indices, in option order (at most one unless <paramref name="Multi"/>).</param>
/// <param name="Multi">Whether several options can be chosen.</param>
public sealed record PillsElement(string WidgetId, string Label, EquatableArray<string> Options, EquatableArray<int> Indices, bool Multi)
    : WidgetElement(WidgetId, Label);

public sealed partial class Ui
{
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
}
