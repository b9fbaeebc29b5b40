using System.Globalization;

namespace DataApps.Widgets;

/// <summary>
/// Keyboard shortcuts of buttons (<c>shortcut: "Ctrl+Enter"</c>): parsed and checked on the server, matched in the browser by one
/// page-wide listener (Note [Shortcuts] in the components' DataApps.Components.lib.module.js).
/// </summary>
/// <remarks>
/// The canonical form is lower case, modifiers first in a fixed order, then the key: <c>ctrl+shift+s</c>, <c>right</c>, <c>f2</c>.
/// The names follow Streamlit's (<c>Ctrl</c>/<c>Control</c>, <c>Cmd</c>/<c>Command</c>/<c>Meta</c>, <c>Alt</c>/<c>Option</c>,
/// <c>Shift</c>; <c>Enter</c>/<c>Return</c>, <c>Esc</c>, <c>Left</c>/<c>ArrowLeft</c> …), compared without case.
/// </remarks>
internal static class Shortcut
{
    private static readonly Dictionary<string, string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ctrl"] = "ctrl", ["control"] = "ctrl",
        ["cmd"] = "meta", ["command"] = "meta", ["meta"] = "meta",
        ["alt"] = "alt", ["option"] = "alt",
        ["shift"] = "shift",
    };

    private static readonly string[] ModifierOrder = ["ctrl", "meta", "alt", "shift"];

    private static readonly Dictionary<string, string> NamedKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["enter"] = "enter", ["return"] = "enter",
        ["space"] = "space", ["spacebar"] = "space",
        ["tab"] = "tab",
        ["escape"] = "escape", ["esc"] = "escape",
        ["backspace"] = "backspace",
        ["delete"] = "delete", ["del"] = "delete",
        ["home"] = "home", ["end"] = "end", ["pageup"] = "pageup", ["pagedown"] = "pagedown",
        ["left"] = "left", ["arrowleft"] = "left",
        ["right"] = "right", ["arrowright"] = "right",
        ["up"] = "up", ["arrowup"] = "up",
        ["down"] = "down", ["arrowdown"] = "down",
    };

    /// <summary>The canonical form of <paramref name="shortcut"/>, or <c>null</c> for none.</summary>
    /// <exception cref="ArgumentException">The shortcut names an unknown key, two keys, or only modifiers.</exception>
    public static string? Normalize(string? shortcut, string kind, string label)
    {
        if (shortcut is null)
        {
            return null;
        }

        var tokens = shortcut.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var token in tokens)
        {
            if (Modifiers.TryGetValue(token, out var modifier))
            {
                modifiers.Add(modifier);
                continue;
            }

            if (key is not null)
            {
                throw Invalid(shortcut, kind, label, $"it names two keys ('{key}' and '{token}'); a shortcut is modifiers and one key");
            }

            key = KeyOf(token) ?? throw Invalid(shortcut, kind, label,
                $"'{token}' is not a key it knows. Use a letter or digit (\"a\", \"1\"), F1–F24, or one of " +
                "Enter, Space, Tab, Escape, Backspace, Delete, Home, End, PageUp, PageDown, Left, Right, Up, Down; " +
                "modifiers are Ctrl, Cmd, Alt and Shift");
        }

        if (key is null)
        {
            throw Invalid(shortcut, kind, label, "it has no key; add one after the modifiers, such as \"Ctrl+Enter\"");
        }

        return string.Join('+', [.. ModifierOrder.Where(modifiers.Contains), key]);
    }

    /// <summary>How the button shows its shortcut: <c>Ctrl+Enter</c>, <c>A</c>, <c>→</c>.</summary>
    public static string Display(string canonical) => string.Join('+', canonical.Split('+').Select(token => token switch
    {
        "ctrl" => "Ctrl",
        "meta" => "Cmd",
        "alt" => "Alt",
        "shift" => "Shift",
        "left" => "←",
        "right" => "→",
        "up" => "↑",
        "down" => "↓",
        "pageup" => "PageUp",
        "pagedown" => "PageDown",
        "escape" => "Esc",
        { Length: 1 } => token.ToUpperInvariant(),
        _ => char.ToUpperInvariant(token[0]) + token[1..],
    }));

    private static string? KeyOf(string token)
    {
        if (NamedKeys.TryGetValue(token, out var named))
        {
            return named;
        }

        if (token.Length == 1 && char.IsAsciiLetterOrDigit(token[0]))
        {
            return token.ToLowerInvariant();
        }

        return token.Length is 2 or 3 && token[0] is 'f' or 'F'
            && int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 24
            ? "f" + n.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static ArgumentException Invalid(string shortcut, string kind, string label, string why) =>
        new($"The shortcut \"{shortcut}\" of the {kind} '{label}' is not valid: {why}.", nameof(shortcut));
}
