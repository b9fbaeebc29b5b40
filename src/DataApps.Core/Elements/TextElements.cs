namespace DataApps;

/// <summary>The page title (<c>ui.Title</c>).</summary>
/// <param name="Text">The title text.</param>
public sealed record TitleElement(string Text) : Element;

/// <summary>A section header (<c>ui.Header</c>).</summary>
/// <param name="Text">The header text.</param>
/// <param name="Divider">Whether a rule is drawn under the header.</param>
public sealed record HeaderElement(string Text, bool Divider) : Element;

/// <summary>A sub-section header (<c>ui.Subheader</c>).</summary>
/// <param name="Text">The header text.</param>
public sealed record SubheaderElement(string Text) : Element;

/// <summary>Markdown text (<c>ui.Markdown</c>); raw HTML is escaped unless <paramref name="AllowHtml"/>, and then sanitized.</summary>
/// <param name="Markdown">The markdown source.</param>
/// <param name="AllowHtml">Whether raw HTML in the source is kept (after sanitizing) instead of escaped.</param>
public sealed record MarkdownElement(string Markdown, bool AllowHtml) : Element;

/// <summary>Plain preformatted text (<c>ui.Text</c>).</summary>
/// <param name="Text">The text, shown as is.</param>
public sealed record TextElement(string Text) : Element;

/// <summary>Small muted text (<c>ui.Caption</c>).</summary>
/// <param name="Text">The caption text.</param>
public sealed record CaptionElement(string Text) : Element;

/// <summary>A code block (<c>ui.Code</c>).</summary>
/// <param name="Code">The source code.</param>
/// <param name="Language">The language name for highlighting, or <c>null</c>.</param>
public sealed record CodeElement(string Code, string? Language) : Element;

/// <summary>A horizontal rule (<c>ui.Divider</c>).</summary>
public sealed record DividerElement : Element;

/// <summary>A pretty-printed JSON document (<c>ui.Json</c>).</summary>
/// <param name="Json">The indented JSON text.</param>
public sealed record JsonTreeElement(string Json) : Element;

/// <summary>Which way a metric's delta points.</summary>
public enum DeltaDirection
{
    /// <summary>No delta, or a delta of zero.</summary>
    None,

    /// <summary>The value went up.</summary>
    Up,

    /// <summary>The value went down.</summary>
    Down,
}

/// <summary>How a metric's delta is coloured.</summary>
public enum DeltaColor
{
    /// <summary>Up is green, down is red.</summary>
    Normal,

    /// <summary>Up is red, down is green (e.g. for costs or errors).</summary>
    Inverse,

    /// <summary>Always grey.</summary>
    Off,
}

/// <summary>A big number with a label and an optional change indicator (<c>ui.Metric</c>).</summary>
/// <param name="Label">The label above the value.</param>
/// <param name="Value">The formatted value.</param>
/// <param name="Delta">The formatted change, or <c>null</c>.</param>
/// <param name="Direction">Which way the change points.</param>
/// <param name="Color">How the change is coloured.</param>
public sealed record MetricElement(string Label, string Value, string? Delta, DeltaDirection Direction, DeltaColor Color) : Element;
