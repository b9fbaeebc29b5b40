namespace DataApps;

/// <summary>A progress bar (<c>ui.Progress</c>).</summary>
/// <param name="Value">How far, from 0 to 1.</param>
/// <param name="Text">A message above the bar.</param>
public sealed record ProgressElement(double Value, string? Text) : Element;

/// <summary>The state a <see cref="StatusElement"/> shows.</summary>
public enum StatusState
{
    /// <summary>Work is under way: a spinner.</summary>
    Running,

    /// <summary>Done: a check mark.</summary>
    Complete,

    /// <summary>Failed: an error mark.</summary>
    Error,
}

/// <summary>A collapsible container that shows the state of long work (<c>ui.Status</c>).</summary>
/// <param name="Label">The header text.</param>
/// <param name="State">Running, complete or error.</param>
/// <param name="Expanded">Whether it is open.</param>
public sealed record StatusElement(string Label, StatusState State, bool Expanded) : BlockElement;

/// <summary>A short message that pops up in a corner and goes away by itself (<c>ui.Toast</c>).</summary>
/// <param name="Text">The message.</param>
/// <param name="Icon">A Material icon name or an emoji shown before it, if any.</param>
/// <param name="Sequence">Which call this is; a new call shows again even with the same text.</param>
public sealed record ToastElement(string Text, string? Icon, long Sequence) : Element;
