using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Shows a button; returns <c>true</c> only in the run caused by its click.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="primary">Draw it as the primary action.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onChange">Called before the next run when it is clicked.</param>
    /// <example><c>if (ui.Button("Refresh")) cache.Clear();</c></example>
    public bool Button(string label, bool primary = false, string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
        Widget(new ButtonSpec(label, primary) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

    /// <summary>Shows a button that opens <paramref name="url"/> in a new browser tab; it is not a widget and has no value.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="url">An absolute <c>http</c>, <c>https</c> or <c>mailto</c> address, or a path on this site (<c>/docs</c>).</param>
    /// <param name="primary">Draw it as the primary action.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out; it opens nothing.</param>
    /// <example><c>ui.LinkButton("Open the docs", "https://example.org/docs");</c></example>
    public void LinkButton(string label, string url, bool primary = false, string? help = null, bool disabled = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
        var path = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative);
        if (!absolute && !path)
        {
            throw new ArgumentException($"The link button '{label}' needs an http, https or mailto address or a path starting with /, not '{url}'.", nameof(url));
        }

        Add(new LinkButtonElement(label, url, primary) { Help = help, Disabled = disabled });
    }
}
