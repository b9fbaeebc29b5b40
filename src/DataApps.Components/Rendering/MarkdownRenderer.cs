using Ganss.Xss;
using Markdig;

namespace DataApps.Components.Rendering;

/// <summary>Markdown to safe HTML: raw HTML is escaped unless allowed, and the output is always sanitized.</summary>
/// <remarks>
/// Sanitizing even escaped output removes what Markdig itself lets through, such as <c>javascript:</c>
/// links. Both pipelines and the sanitizer are thread-safe and shared.
/// </remarks>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Escaping = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly MarkdownPipeline WithHtml = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Renders <paramref name="markdown"/> to sanitized HTML.</summary>
    /// <param name="markdown">The markdown source.</param>
    /// <param name="allowHtml">Keep raw HTML (sanitized) instead of escaping it.</param>
    public static string ToHtml(string markdown, bool allowHtml = false)
    {
        var html = Markdown.ToHtml(markdown ?? "", allowHtml ? WithHtml : Escaping);
        return Sanitizer.Sanitize(html);
    }

    /// <summary>Sanitizes HTML written as HTML (<c>ui.Html</c>) with the policy of markdown's allowed HTML.</summary>
    internal static string SanitizeHtml(string html) => Sanitizer.Sanitize(html ?? "");

    // Note [Sanitizer policy]: the library's default policy is built against script injection, not
    // against content that imitates the app. Page text (often from data) must not be able to ask for
    // a password in a form that posts elsewhere or lay an overlay over the real widgets, so forms and
    // controls go, with what they contain, and so does positioning and stacking. What authors use in
    // text stays: formatting, headings, lists, tables, images, links, spans and divs with colours.
    internal static readonly string[] RemovedTags =
        ["form", "input", "button", "textarea", "select", "option", "optgroup", "datalist", "fieldset", "legend", "label", "output", "meter", "progress"];

    internal static readonly string[] RemovedCssProperties = ["position", "z-index", "inset", "top", "right", "bottom", "left"];

    // Note [Math in markdown]: Markdig's mathematics extension (in UseAdvancedExtensions) writes $…$ as
    // <span class="math">\(…\)</span> and $$…$$ as <div class="math">\[…\]</div>; the browser typesets them with KaTeX
    // (wwwroot/dataapps-math.js). So "class" is allowed, but only with this value: the app's own classes (MudBlazor's
    // overlays among them) would let text do what the removed styles above forbid. Markdig's rules keep currency as text:
    // the closing $ must not follow a space nor precede a digit, so "$5 and $10" is not math; "\$" is a literal dollar.
    internal static readonly string[] AllowedClasses = ["math"];

    // Declared after the lists it reads: static fields initialise in textual order.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in RemovedTags)
            sanitizer.AllowedTags.Remove(tag);
        foreach (var property in RemovedCssProperties)
            sanitizer.AllowedCssProperties.Remove(property);
        sanitizer.AllowedAttributes.Add("class");
        foreach (var cssClass in AllowedClasses)
            sanitizer.AllowedClasses.Add(cssClass);
        sanitizer.AllowedAttributes.Remove("formaction");
        sanitizer.AllowedAttributes.Remove("form");
        return sanitizer;
    }
}
