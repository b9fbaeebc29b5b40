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
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>Renders <paramref name="markdown"/> to sanitized HTML.</summary>
    /// <param name="markdown">The markdown source.</param>
    /// <param name="allowHtml">Keep raw HTML (sanitized) instead of escaping it.</param>
    public static string ToHtml(string markdown, bool allowHtml = false)
    {
        var html = Markdown.ToHtml(markdown ?? "", allowHtml ? WithHtml : Escaping);
        return Sanitizer.Sanitize(html);
    }
}
