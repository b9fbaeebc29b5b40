using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DataApps.Data;

/// <summary>Parses one field's UTF-8 text as each inferable type, in a culture.</summary>
internal sealed class CsvValues(CultureInfo culture)
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy/MM/dd", "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss", "yyyyMMddTHHmmss",
        "d MMM yyyy", "d-MMM-yyyy", "dd-MMM-yyyy", "MMM d, yyyy", "d MMMM yyyy", "MMMM d, yyyy",
    ];

    private readonly NumberFormatInfo _numbers = culture.NumberFormat;
    private readonly string[] _dateFormats = DateFormats(culture);

    public CultureInfo Culture { get; } = culture;

    private readonly bool _plainSign = culture.NumberFormat.NegativeSign == "-" && culture.NumberFormat.PositiveSign == "+";
    private readonly byte _decimalPoint = culture.NumberFormat.NumberDecimalSeparator is [var point] && point < 128 ? (byte)point : (byte)0;

    public bool TryLong(ReadOnlySpan<byte> text, out long value) =>
        (_plainSign && TryPlainLong(text, out value)) || long.TryParse(text, NumberStyles.Integer, _numbers, out value);

    public bool TryDouble(ReadOnlySpan<byte> text, out double value) =>
        (_plainSign && _decimalPoint != 0 && CsvDouble.TryParse(text, _decimalPoint, out value)) || double.TryParse(text, NumberStyles.Float, _numbers, out value);

    /// <summary>[+-]digits with at most 18 digits: the common case, without the general parser's overhead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryPlainLong(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        var i = s.Length > 0 && s[0] is (byte)'-' or (byte)'+' ? 1 : 0;
        if (s.Length == i || s.Length - i > 18)
        {
            return false;
        }

        long n = 0;
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d > 9)
            {
                return false;
            }

            n = (n * 10) + d;
        }

        value = s[0] == '-' ? -n : n;
        return true;
    }

    public bool TryDecimal(ReadOnlySpan<byte> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, _numbers, out value);

    public static bool TryBool(ReadOnlySpan<byte> text, out bool value)
    {
        if (System.Text.Ascii.EqualsIgnoreCase(text, "true"u8))
        {
            value = true;
            return true;
        }

        value = false;
        return System.Text.Ascii.EqualsIgnoreCase(text, "false"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryDate(ReadOnlySpan<byte> text, out DateTime value)
    {
        if (TryIsoFast(text, out value))
        {
            return true;
        }

        if (text.Length is < 6 or > 64)
        {
            return false;
        }

        Span<char> chars = stackalloc char[64];
        if (!Encoding.UTF8.TryGetChars(text, chars, out var written))
        {
            return false;
        }

        return DateTime.TryParseExact(chars[..written], _dateFormats, Culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>The string of a field: UTF-8 decoded, quotes of a quoted field removed and doubled quotes undoubled.</summary>
    public static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);

    /// <summary>The content of a field: unquoted as is; a quoted one without its quotes, with <c>""</c> turned into <c>"</c> in <paramref name="scratch"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> field, ref byte[]? scratch)
    {
        if (field.Length < 2 || field[0] != '"')
        {
            return field;
        }

        var inner = field[1..^1];
        if (inner.IndexOf((byte)'"') < 0)
        {
            return inner;
        }

        if (scratch is null || scratch.Length < inner.Length)
        {
            scratch = new byte[Math.Max(inner.Length, 256)];
        }

        var n = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            scratch[n++] = inner[i];
            if (inner[i] == '"')
            {
                i++; // skip the second quote of a pair
            }
        }

        return scratch.AsSpan(0, n);
    }

    /// <summary>yyyy-MM-dd, optionally followed by T or a space and HH:mm[:ss[.fffffff]], without a zone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryIsoFast(ReadOnlySpan<byte> s, out DateTime value)
    {
        value = default;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (s.Length == 10)
        {
            value = new DateTime(year, month, day);
            return true;
        }

        if (s.Length < 16 || s[10] is not ((byte)'T' or (byte)' ') || s[13] != ':'
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        var second = 0;
        long ticks = 0;
        if (s.Length > 16)
        {
            if (s.Length < 19 || s[16] != ':' || !Digits(s, 17, 2, out second) || second > 59)
            {
                return false;
            }

            if (s.Length > 19)
            {
                if (s[19] != '.' || s.Length == 20 || s.Length > 27 || !Digits(s, 20, s.Length - 20, out var fraction))
                {
                    return false;
                }

                ticks = fraction;
                for (var i = s.Length - 20; i < 7; i++)
                {
                    ticks *= 10;
                }
            }
        }

        value = new DateTime(year, month, day, hour, minute, second).AddTicks(ticks);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static string[] DateFormats(CultureInfo culture)
    {
        var f = culture.DateTimeFormat;
        string[] local =
        [
            f.ShortDatePattern, f.ShortDatePattern + " " + f.ShortTimePattern, f.ShortDatePattern + " " + f.LongTimePattern,
            "M/d/yyyy", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm tt", "M/d/yyyy h:mm:ss tt",
        ];
        return culture.Equals(CultureInfo.InvariantCulture) ? [.. IsoFormats, .. local] : [.. IsoFormats, .. local.Take(3), "d.M.yyyy", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss"];
    }
}
