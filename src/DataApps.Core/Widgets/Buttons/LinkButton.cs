namespace DataApps;

// A link button has no spec: it is not a widget (no value, no identity) and goes through Add, not Widget.

/// <summary>A button that opens <see cref="Url"/> in a new browser tab (<c>ui.LinkButton</c>); not a widget, it has no value.</summary>
/// <param name="Label">The button text.</param>
/// <param name="Url">The address opened.</param>
/// <param name="Primary">Whether the button is drawn as the primary action.</param>
public sealed record LinkButtonElement(string Label, string Url, bool Primary) : Element
{
    /// <summary>A tooltip, or <c>null</c>.</summary>
    public string? Help { get; init; }

    /// <summary>Whether the button is shown greyed out and opens nothing.</summary>
    public bool Disabled { get; init; }

    /// <summary>The keyboard shortcut that opens it, in canonical form (<c>ctrl+o</c>), or <c>null</c>.</summary>
    public string? Shortcut { get; init; }
}

public sealed partial class Ui
{
    /// <summary>Shows a button that opens <paramref name="url"/> in a new browser tab; it is not a widget and has no value.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="url">An absolute <c>http</c>, <c>https</c> or <c>mailto</c> address, or a path on this site (<c>/docs</c>).</param>
    /// <param name="primary">Draw it as the primary action.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out; it opens nothing.</param>
    /// <param name="shortcut">A key that opens it, such as <c>"Ctrl+O"</c> (see <see cref="Button"/>).</param>
    /// <example><c>ui.LinkButton("Open the docs", "https://example.org/docs");</c></example>
    public void LinkButton(string label, string url, bool primary = false, string? help = null, bool disabled = false, string? shortcut = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
        var path = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative);
        if (!absolute && !path)
        {
            throw new ArgumentException($"The link button '{label}' needs an http, https or mailto address or a path starting with /, not '{url}'.", nameof(url));
        }

        Add(new LinkButtonElement(label, url, primary) { Help = help, Disabled = disabled, Shortcut = ShortcutOf(shortcut, "link button", label) });
    }
}
