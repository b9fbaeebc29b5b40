namespace DataApps;

// Note [Widget files]: a built-in widget is one file, Widgets/<Family>/<Widget>.cs (Numbers/Slider.cs), as Streamlit keeps
// one module per widget (elements/widgets/slider.py): its element record, its verb (a part of `partial class Ui`) and its
// spec, side by side. The record and the verb are public API in `namespace DataApps`, the spec is internal in
// `namespace DataApps.Widgets`, so these files use two namespace blocks where the rest of the code base is file-scoped.
// What several widgets of a family share has one file named after it: Numbers.cs, Choices.cs (the options),
// ButtonGroups.cs (pills and segmented controls), CheckSpec.cs, TextSpec.cs, DateTimes.cs. The widget's AppTest accessor
// is the file of the same name under src/DataApps.Testing/Widgets/; docs/contributing.md lists every file a new widget touches.

/// <summary>
/// Describes one widget call: its kind, label and options, its value space, how to turn a value
/// sent by the browser into a typed value, and the element that shows it.
/// </summary>
/// <remarks>
/// Every widget verb, built-in or custom, builds a spec and passes it to <see cref="Ui.Widget{TValue}"/>,
/// the one path that computes identity, applies policies, binds state and emits the element.
/// </remarks>
/// <typeparam name="TValue">The value the widget returns to the script.</typeparam>
public abstract class WidgetSpec<TValue> : IWidgetSpec
{
    /// <summary>Creates a spec.</summary>
    /// <param name="kind">The widget kind, part of its identity (e.g. <c>slider</c>).</param>
    /// <param name="label">The label, part of its identity unless a key is given.</param>
    protected WidgetSpec(string kind, string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(label);
        Kind = kind;
        Label = label;
    }

    /// <summary>The widget kind, part of its identity.</summary>
    public string Kind { get; }

    /// <summary>The label shown with the widget.</summary>
    public string Label { get; }

    /// <summary>A user key: the identity becomes the key alone and the value is readable through <c>ui.State[key]</c>.</summary>
    public string? Key { get; init; }

    /// <summary>A tooltip shown beside the label.</summary>
    public string? Help { get; init; }

    /// <summary>Whether the widget is shown but cannot be changed.</summary>
    public bool Disabled { get; init; }

    /// <summary>Called before the next page run when the browser changes the value.</summary>
    public Action? OnChange { get; init; }

    /// <summary>Whether the value is a one-run trigger (a button): set by a click, reset after the run that saw it.</summary>
    public virtual bool IsTrigger => false;

    /// <summary>The value before the user touches the widget.</summary>
    public abstract TValue DefaultValue { get; }

    /// <summary>Adds the parameters that define the value space to the identity (e.g. min and max).</summary>
    /// <param name="identity">The identity being built.</param>
    public virtual void AddIdentity(ref WidgetIdentity identity)
    {
    }

    /// <summary>Whether a stored value is still valid for this call (e.g. within range, among the options).</summary>
    /// <param name="value">The stored value.</param>
    public virtual bool IsValid(TValue value) => true;

    /// <summary>
    /// Maps a stored value that is no longer valid onto this call's value space when it still means the same thing,
    /// e.g. an option of the last run onto the same option loaded again as a new object.
    /// </summary>
    /// <param name="previous">The spec of the last run that rendered the widget, if any.</param>
    /// <param name="value">The stored value, which <see cref="IsValid"/> refused.</param>
    /// <param name="carried">The value to keep.</param>
    internal virtual bool TryCarryOver(IWidgetSpec? previous, TValue value, out TValue carried)
    {
        carried = value;
        return false;
    }

    /// <summary>Turns a value sent by the browser into the typed value.</summary>
    /// <param name="wire">The value the renderer sent.</param>
    /// <exception cref="FormatException">The wire value does not fit this widget.</exception>
    public virtual TValue FromWire(object? wire) => wire is TValue value
        ? value
        : throw new FormatException($"The {Kind} '{Label}' cannot take a value of type {wire?.GetType().Name ?? "null"}.");

    /// <summary>Builds the element that shows the widget with <paramref name="value"/>.</summary>
    /// <param name="widgetId">The widget's identity.</param>
    /// <param name="value">The current value.</param>
    public abstract WidgetElement CreateElement(string widgetId, TValue value);

    /// <summary>Whether the verb was given a default of its own (a value, an index other than the first), for the warning about a value also set through state.</summary>
    internal virtual bool DefaultGiven => false;

    /// <summary>The kind as words in messages: <c>range slider</c>.</summary>
    internal string Noun => Kind.Replace('-', ' ');

    /// <summary>Why <see cref="IsValid"/> refuses <paramref name="value"/>, naming the widget, the value and what it accepts.</summary>
    /// <param name="value">The refused value.</param>
    internal virtual string Refusal(TValue value) => $"The {Noun} '{Label}' does not accept {Policies.Show(value)}";

    // Note [Refused values]: a value from the browser is decoded by FromWire and must then pass IsValid; one that does not is
    // refused (AppSession.ApplyPending logs it and the widget keeps its value), never clamped or reset. Built-in specs already
    // throw from FromWire with a precise reason; the IsValid check here covers every custom widget as well.
    object? IWidgetSpec.FromWire(object? wire)
    {
        var value = FromWire(wire);
        return IsValid(value) ? value : throw new FormatException(Refusal(value));
    }

    bool IWidgetSpec.DefaultGiven => DefaultGiven;

    string? IWidgetSpec.RefusalOf(object? stored) =>
        stored is TValue value && !IsValid(value) ? Refusal(value) : null;
}

/// <summary>The untyped view of a <see cref="WidgetSpec{TValue}"/> that the session keeps to decode browser values.</summary>
internal interface IWidgetSpec
{
    string Kind { get; }

    string Label { get; }

    bool IsTrigger { get; }

    bool Disabled { get; }

    Action? OnChange { get; }

    string? Key { get; }

    bool DefaultGiven { get; }

    /// <summary>Decodes a value from the browser; <see cref="FormatException"/> when it does not fit or is not valid (Note [Refused values]).</summary>
    object? FromWire(object? wire);

    /// <summary>Why a stored value of the widget's type is not valid for it, or <c>null</c>.</summary>
    string? RefusalOf(object? stored);
}
