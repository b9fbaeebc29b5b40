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

    // Note [Sanitizer policy]: the library's default policy is built against script injection, not
    // against content that imitates the app. Page text (often from data) must not be able to ask for
    // a password in a form that posts elsewhere or lay an overlay over the real widgets, so forms and
    // controls go, with what they contain, and so does positioning and stacking. What authors use in
    // text stays: formatting, headings, lists, tables, images, links, spans and divs with colours.
    internal static readonly string[] RemovedTags =
        ["form", "input", "button", "textarea", "select", "option", "optgroup", "datalist", "fieldset", "legend", "label", "output", "meter", "progress"];

    internal static readonly string[] RemovedCssProperties = ["position", "z-index", "inset", "top", "right", "bottom", "left"];

    // Declared after the lists it reads: static fields initialise in textual order.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in RemovedTags)
            sanitizer.AllowedTags.Remove(tag);
        foreach (var property in RemovedCssProperties)
            sanitizer.AllowedCssProperties.Remove(property);
        sanitizer.AllowedAttributes.Remove("formaction");
        sanitizer.AllowedAttributes.Remove("form");
        return sanitizer;
    }
}
