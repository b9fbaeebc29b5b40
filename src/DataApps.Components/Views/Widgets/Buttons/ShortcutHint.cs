namespace DataApps.Components.Views.Widgets;

/// <summary>What a button with a keyboard shortcut carries: the attributes the page-wide listener finds it by, and the hint it shows.</summary>
/// <remarks>Note [Shortcuts] in wwwroot/DataApps.Components.lib.module.js: one keydown listener for the page clicks the button whose
/// <c>data-shortcut</c> matches, through the button's own click path; there is no per-button script.</remarks>
internal static class ShortcutHint
{
    public static string Display(string shortcut) => DataApps.Widgets.Shortcut.Display(shortcut);

    /// <summary>The shortcut in WAI-ARIA's names (<c>Control+Enter</c>, <c>ArrowRight</c>) for <c>aria-keyshortcuts</c>; <c>null</c> for none.</summary>
    public static string? Aria(string? shortcut) => shortcut is null ? null : string.Join('+', shortcut.Split('+').Select(token => token switch
    {
        "ctrl" => "Control",
        "meta" => "Meta",
        "alt" => "Alt",
        "shift" => "Shift",
        "left" or "right" or "up" or "down" => "Arrow" + char.ToUpperInvariant(token[0]) + token[1..],
        "space" => "Space",
        "pageup" => "PageUp",
        "pagedown" => "PageDown",
        { Length: 1 } => token.ToUpperInvariant(),
        _ => char.ToUpperInvariant(token[0]) + token[1..],
    }));
}
