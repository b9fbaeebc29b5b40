namespace DataApps;

/// <summary>A spinner with a message, shown while something runs (e.g. a <c>ui.Cache</c> factory computing).</summary>
/// <param name="Text">The message, e.g. <c>Running LoadPenguins()…</c>.</param>
public sealed record SpinnerElement(string Text) : Element;
