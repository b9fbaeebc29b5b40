namespace DataApps.Components.Views.Text;

/// <summary>Shows a code block with its language class and a copy button (<c>ui.Code</c>).</summary>
public partial class CodeView
{
    // Material "content_copy".
    private const string CopyIcon =
        "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z\"/></svg>";

    /// <summary>The <c>language-x</c> class that client-side highlighters and CSS recognise; only safe characters are kept.</summary>
    internal static string? LanguageClass(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var safe = new string([.. language.Trim().ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '-' or '_')]);
        return safe.Length == 0 ? null : "language-" + safe;
    }
}
