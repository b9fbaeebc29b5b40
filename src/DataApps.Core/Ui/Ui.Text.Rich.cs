namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Writes a mathematical expression in display mode, typeset with KaTeX in the browser (Streamlit's <c>st.latex</c>).</summary>
    /// <param name="expression">The LaTeX source, without <c>$$</c> delimiters. An invalid expression shows KaTeX's error in its place.</param>
    /// <remarks>KaTeX runs with <c>trust: false</c>: commands that would add links, classes or styles (<c>\href</c>, <c>\htmlClass</c> …) show as errors.
    /// Inline math in markdown is <c>$…$</c>, display math <c>$$…$$</c>: <c>ui.Markdown("Area: $\\pi r^2$")</c>.</remarks>
    /// <example><c>ui.Latex(@"\int_0^1 x^2\,dx = \frac{1}{3}");</c></example>
    public void Latex(string expression) => Add(new LatexElement(expression ?? ""));

    /// <summary>Inserts HTML into the page (Streamlit's <c>st.html</c>), sanitized as <c>ui.Markdown(…, allowHtml: true)</c> is: no scripts, no event handlers, no forms, no positioning.</summary>
    /// <param name="html">The HTML. It must not be empty.</param>
    /// <remarks>Scripts never run: for JavaScript, register a component (<c>AddJsComponent</c>) and call <c>ui.Component</c>.</remarks>
    /// <example><c>ui.Html("&lt;p&gt;&lt;span style='text-decoration: line-through double red'&gt;Oops&lt;/span&gt;!&lt;/p&gt;");</c></example>
    /// <exception cref="ArgumentException"><paramref name="html"/> is null, empty or white space.</exception>
    public void Html(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new ArgumentException("ui.Html needs some HTML to show; the html argument is empty.", nameof(html));
        }

        Add(new HtmlElement(html));
    }

    /// <summary>Writes a small coloured label (Streamlit's <c>st.badge</c>).</summary>
    /// <param name="text">The label.</param>
    /// <param name="icon">A Material icon name (<c>"check"</c>, or Streamlit's <c>":material/check:"</c>) or an emoji, shown before the label.</param>
    /// <param name="color">The colour; blue by default, as in Streamlit.</param>
    /// <example><c>ui.Badge("Stable", icon: "check", color: BadgeColor.Green);</c></example>
    public void Badge(string text, string? icon = null, BadgeColor color = BadgeColor.Blue)
    {
        if (!Enum.IsDefined(color))
        {
            throw new ArgumentOutOfRangeException(nameof(color), color, $"The badge '{text}' has no colour {(int)color}; use one of {string.Join(", ", Enum.GetNames<BadgeColor>())}.");
        }

        Add(new BadgeElement(text ?? "", string.IsNullOrWhiteSpace(icon) ? null : icon.Trim(), color));
    }
}
