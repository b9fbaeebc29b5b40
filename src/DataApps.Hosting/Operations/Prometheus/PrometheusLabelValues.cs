using System.Globalization;

namespace DataApps.Hosting.Operations.Prometheus;

// Tag values as label values, spelled as the OpenTelemetry exporter spelled them: integers and booleans plainly, floating
// point in Prometheus's canonical form ("1.0", "0.25", "1e-06"), anything else through its invariant-culture ToString.
internal static class PrometheusLabelValues
{
    // Writes the value (quotes not included) without allocating for the common kinds: strings, integers, booleans.
    public static void Write(PrometheusBuffer buffer, object? value)
    {
        switch (value)
        {
            case string text:
                buffer.WriteLabelValue(text);
                break;
            case bool flag:
                buffer.WriteAscii(flag ? "true" : "false");
                break;
            case int or long or short or sbyte or byte or ushort or uint:
                buffer.WriteLong(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            default:
                buffer.WriteLabelValue(Text(value));
                break;
        }
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => Canonical(number),
        float number => Canonical(number), // widened first, as the exporter did: 0.1f is 0.10000000149011612
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture) ?? "",
        _ => value.ToString() ?? "",
    };

    // Prometheus's canonical number: the shortest round-trip digits, fixed-point for exponents -4 to 5 (always with a
    // fraction: "1.0"), else scientific with a signed two-digit exponent ("1.5e+06").
    public static string Canonical(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        if (value == 0)
        {
            return "0.0";
        }

        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture); // "1.5E-07", "123.45"
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var exponent = e >= 0 ? int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var mantissa = e >= 0 ? shortest[..e] : shortest;
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        exponent += (point >= 0 ? point : mantissa.Length) - 1;
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
            exponent--;
        }

        digits = digits[leading..].TrimEnd('0');
        digits = digits.Length == 0 ? "0" : digits;
        var sign = value < 0 ? "-" : "";
        if (exponent is >= -4 and < 6)
        {
            if (exponent < 0)
            {
                return sign + "0." + new string('0', -exponent - 1) + digits;
            }

            var whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
            var fraction = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
            return sign + whole + "." + fraction;
        }

        var significand = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
        return sign + significand + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
