namespace DataApps.Benchmarks.CriticalCss;

/// <summary>One top-level item of a stylesheet: a style rule (<c>prelude{body}</c>), a block at-rule, or a statement (<c>@import …;</c>).</summary>
internal sealed record CssRule(string Prelude, string? Body, string Text)
{
    /// <summary>Whether the rule holds rules (<c>@media</c>, <c>@supports</c>, <c>@layer</c> blocks) rather than declarations.</summary>
    public bool IsGroup => Body is not null && (Prelude.StartsWith("@media", StringComparison.Ordinal)
        || Prelude.StartsWith("@supports", StringComparison.Ordinal) || Prelude.StartsWith("@layer", StringComparison.Ordinal));

    /// <summary>Whether the rule is a style rule (a selector list and declarations).</summary>
    public bool IsStyle => Body is not null && !Prelude.StartsWith('@');
}

/// <summary>A small splitter for (minified) CSS: top-level rules with their original text, and selector lists. Enough for MudBlazor.min.css.</summary>
internal static class CssRules
{
    /// <summary>Splits <paramref name="text"/> into its top-level rules, skipping comments and whitespace between them.</summary>
    public static List<CssRule> Split(string text)
    {
        var rules = new List<CssRule>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            if (string.CompareOrdinal(text, i, "/*", 0, 2) == 0)
            {
                i = End(text, text.IndexOf("*/", i + 2, StringComparison.Ordinal), 2);
                continue;
            }

            var (j, open) = Scan(text, i);
            rules.Add(open < 0
                ? new CssRule(text[i..j].Trim(), null, text[i..j])
                : new CssRule(text[i..open].Trim(), text[(open + 1)..(j - 1)], text[i..j]));
            i = j;
        }

        return rules;
    }

    /// <summary>Splits a selector list at its top-level commas.</summary>
    public static List<string> Selectors(string prelude)
    {
        var list = new List<string>();
        int depth = 0, start = 0;
        for (var k = 0; k < prelude.Length; k++)
        {
            switch (prelude[k])
            {
                case '(' or '[': depth++; break;
                case ')' or ']': depth--; break;
                case ',' when depth == 0:
                    list.Add(prelude[start..k].Trim());
                    start = k + 1;
                    break;
            }
        }

        list.Add(prelude[start..].Trim());
        return list;
    }

    // From i: the end of the rule (exclusive) and the index of its first top-level '{' (-1 for a statement).
    private static (int End, int Open) Scan(string text, int i)
    {
        int depth = 0, open = -1;
        char quote = '\0';
        for (var j = i; j < text.Length; j++)
        {
            var c = text[j];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    j++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '/' when j + 1 < text.Length && text[j + 1] == '*':
                    j = End(text, text.IndexOf("*/", j + 2, StringComparison.Ordinal), 2) - 1;
                    break;
                case ';' when depth == 0:
                    return (j + 1, -1);
                case '{':
                    if (depth++ == 0)
                    {
                        open = j;
                    }

                    break;
                case '}':
                    if (--depth == 0)
                    {
                        return (j + 1, open);
                    }

                    break;
            }
        }

        return (text.Length, open);
    }

    private static int End(string text, int index, int length) => index < 0 ? text.Length : index + length;
}
