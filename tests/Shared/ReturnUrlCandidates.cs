using System.Text;

namespace DataApps.Tests.Shared;

/// <summary>Generated return addresses for sign-in: path text mixed with what browsers, proxies and decoders read in surprising ways.</summary>
internal static class ReturnUrlCandidates
{
    private static readonly string[] Pieces =
    [
        "/", "/", "/", "//", "\\", "%2F", "%2f", "%5C", "%5c", "%09", "%0D", "%0a", "%00", "%7F", "%1F", "%25", "%2509", "%252F", "%",
        "\t", "\r", "\n", "\0", "\u001F", "\u007F", " ", "evil.example", "app.example", ":", "@", "?", "#", ".", "..", "http:",
        "https://", "javascript:", "\u3002", "\uFF0F", "\uFF3C", "\u2215", "\u00A0", "\u0085", "\u2028", "\uD800", "%C2%85", "%E3%80%82",
        "%EF%BC%8F", "sign-in", "ops", "a", "x=1", "&",
    ];

    /// <summary><paramref name="count"/> candidates from a fixed seed (a failure names its input and repeats); most start with <c>/</c>.</summary>
    public static IEnumerable<string> Generate(int count, int seed = 20261207)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            if (random.Next(10) > 0)
            {
                text.Append('/');
            }

            var pieces = random.Next(1, 8);
            for (var p = 0; p < pieces; p++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return text.ToString();
        }
    }

    /// <summary>The text with control, non-ASCII and backslash characters spelled as <c>\uXXXX</c>, for a failure message.</summary>
    public static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is < ' ' or > (char)0x7E or '\\' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
