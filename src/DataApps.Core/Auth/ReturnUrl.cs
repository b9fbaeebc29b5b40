using System.Text;

namespace DataApps.Auth;

/// <summary>The one check for where sign-in may send the browser back: an address of this app, never another site.</summary>
/// <remarks>
/// Note [Return addresses]: every place that makes a return address (the challenge for a page, the shell's sign-in links)
/// or accepts one (<c>/account/login?returnUrl=…</c>, the provider's callback) asks <see cref="Local"/>. A browser reads a
/// Location header loosely: it drops tabs and newlines, reads <c>\</c> as <c>/</c>, and takes <c>//host/…</c> as another
/// site, so <c>/&lt;TAB&gt;/evil.example</c> and <c>//sign-in/ops</c> leave the app. A local address here starts with one
/// <c>/</c>, has no control character, no backslash and no <c>//</c> or <c>/\</c> at its start — in its raw form and after
/// each round of percent-decoding — and is sent with characters outside printable ASCII percent-encoded (a header carries
/// ASCII only; Kestrel answers 500 otherwise).
/// </remarks>
internal static class ReturnUrl
{
    // Enough for any address a browser or the shell makes; an address still changing after this many decodings is refused.
    private const int MaxDecodings = 4;

    /// <summary>The address as a Location header may carry it, or <c>null</c> when it is not an address of this app.</summary>
    public static string? Local(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var form = url;
        for (var round = 0; ; round++)
        {
            if (!IsLocalPath(form))
            {
                return null;
            }

            var decoded = Uri.UnescapeDataString(form);
            if (decoded == form)
            {
                break;
            }

            if (round == MaxDecodings)
            {
                return null;
            }

            form = decoded;
        }

        return EscapeNonAscii(url);
    }

    /// <summary>The address if it is local (<see cref="Local"/>), else <paramref name="fallback"/> (the app's root).</summary>
    public static string LocalOr(string? url, string fallback) => Local(url) ?? fallback;

    private static bool IsLocalPath(string url)
    {
        if (url.Length == 0 || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\'))
        {
            return false;
        }

        foreach (var c in url)
        {
            if (char.IsControl(c) || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    private static string EscapeNonAscii(string url)
    {
        var plain = true;
        foreach (var c in url)
        {
            plain &= c is > ' ' and < (char)0x7F;
        }

        if (plain)
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
