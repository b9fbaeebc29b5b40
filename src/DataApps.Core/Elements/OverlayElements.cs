namespace DataApps;

/// <summary>How wide a dialog is.</summary>
public enum DialogWidth
{
    /// <summary>About 400 px: a confirmation.</summary>
    Small,

    /// <summary>About 600 px: a short form (the default).</summary>
    Medium,

    /// <summary>About 900 px: a table or a chart.</summary>
    Large,
}

/// <summary>
/// A modal dialog (<c>ui.Dialog</c>): open while the page keeps writing it; it reruns on its own like a fragment, and
/// closing it in the browser does not run anything.
/// </summary>
/// <param name="FragmentId">The dialog's identity (a dialog is a fragment).</param>
/// <param name="Title">The title.</param>
/// <param name="Width">How wide it is.</param>
/// <param name="Dismissible">Whether the user may close it (×, Escape, a click outside).</param>
/// <param name="Opened">The run that opened it; a new value opens it again after the user closed it.</param>
public sealed record DialogElement(string FragmentId, string Title, DialogWidth Width, bool Dismissible, int Opened) : BlockElement;

/// <summary>A button that shows its content in a floating panel (<c>ui.Popover</c>); the content is part of the page.</summary>
/// <param name="Label">The button text.</param>
/// <param name="Disabled">Whether the button is greyed out.</param>
public sealed record PopoverElement(string Label, bool Disabled) : BlockElement;
