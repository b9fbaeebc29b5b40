namespace DataApps;

/// <summary>A display-mode mathematical expression (<c>ui.Latex</c>), typeset with KaTeX in the browser.</summary>
/// <param name="Expression">The LaTeX source, without <c>$$</c> delimiters.</param>
public sealed record LatexElement(string Expression) : Element;

/// <summary>HTML inserted into the page (<c>ui.Html</c>); always sanitized: no scripts, no event handlers, no forms.</summary>
/// <param name="Html">The HTML source.</param>
public sealed record HtmlElement(string Html) : Element;

/// <summary>The colours of a badge (<c>ui.Badge</c>), Streamlit's palette.</summary>
public enum BadgeColor
{
    /// <summary>Blue, the default.</summary>
    Blue,

    /// <summary>Green.</summary>
    Green,

    /// <summary>Orange.</summary>
    Orange,

    /// <summary>Red.</summary>
    Red,

    /// <summary>Violet.</summary>
    Violet,

    /// <summary>Yellow.</summary>
    Yellow,

    /// <summary>Gray.</summary>
    Gray,

    /// <summary>The theme's primary colour.</summary>
    Primary,
}

/// <summary>A small coloured label (<c>ui.Badge</c>).</summary>
/// <param name="Text">The label.</param>
/// <param name="Icon">A Material icon name (<c>"check"</c> or <c>":material/check:"</c>) or an emoji, or <c>null</c>.</param>
/// <param name="Color">The colour.</param>
public sealed record BadgeElement(string Text, string? Icon, BadgeColor Color) : Element;
