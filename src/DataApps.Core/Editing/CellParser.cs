using System.Globalization;
using Microsoft.Data.Analysis;

namespace DataApps.Editing;

/// <summary>Turns the text a user entered in a cell into a value of the column's type, or says why it cannot.</summary>
internal static class CellParser
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The input for a frame column: a select with options, otherwise by data type.</summary>
    public static EditorKind KindOf(Type dataType, Column? config) =>
        config?.Options is not null ? EditorKind.Select
        : dataType == typeof(bool) ? EditorKind.Checkbox
        : dataType == typeof(DateTime) ? EditorKind.Date
        : IsInteger(dataType) ? EditorKind.Integer
        : dataType == typeof(double) || dataType == typeof(float) || dataType == typeof(decimal) ? EditorKind.Number
        : EditorKind.Text;

    /// <summary>Parses <paramref name="text"/> for a column of <paramref name="dataType"/>; empty text is a missing value (empty string for text).</summary>
    public static bool TryParse(EditorColumn column, Type dataType, string? text, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            value = dataType == typeof(string) && text is not null ? "" : null;
            return true;
        }

        text = text.Trim();
        switch (column.Kind)
        {
            case EditorKind.Select when !column.Options.Contains(text):
                error = $"'{text}' is not one of {string.Join(", ", column.Options)}.";
                return false;
            case EditorKind.Checkbox:
                if (bool.TryParse(text, out var flag))
                {
                    value = flag;
                    return true;
                }

                error = $"'{text}' is not true or false.";
                return false;
            case EditorKind.Date:
                if (DateTime.TryParse(text, Invariant, DateTimeStyles.AllowWhiteSpaces, out var date))
                {
                    value = date;
                    return true;
                }

                error = $"'{text}' is not a date (use yyyy-MM-dd).";
                return false;
            case EditorKind.Integer:
                if (!decimal.TryParse(text, NumberStyles.Integer | NumberStyles.AllowThousands, Invariant, out var whole))
                {
                    error = $"'{text}' is not a whole number.";
                    return false;
                }

                return TryConvert(whole, dataType, text, out value, out error);
            case EditorKind.Number:
                return TryParseNumber(text, dataType, out value, out error);
            default:
                return TryConvert(text, dataType, text, out value, out error);
        }
    }

    /// <summary>The text an input shows for a stored value (invariant culture, dates as yyyy-MM-dd).</summary>
    public static string? ToText(object? value) => value switch
    {
        null => null,
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", Invariant) : date.ToString("yyyy-MM-ddTHH:mm:ss", Invariant),
        bool flag => flag ? "true" : "false",
        double d => d.ToString("R", Invariant),
        float f => f.ToString("R", Invariant),
        IFormattable formattable => formattable.ToString(null, Invariant),
        _ => value.ToString(),
    };

    private static bool TryParseNumber(string text, Type dataType, out object? value, out string? error)
    {
        const NumberStyles Styles = NumberStyles.Float | NumberStyles.AllowThousands;
        value = null;
        error = null;
        if (dataType == typeof(decimal))
        {
            if (decimal.TryParse(text, Styles, Invariant, out var money))
            {
                value = money;
                return true;
            }
        }
        else if (double.TryParse(text, Styles, Invariant, out var number) && double.IsFinite(number))
        {
            if (dataType == typeof(float) && !float.IsFinite((float)number))
            {
                error = $"'{text}' is out of range for Single.";
                return false;
            }

            value = dataType == typeof(float) ? (float)number : number;
            return true;
        }

        error = $"'{text}' is not a number.";
        return false;
    }

    private static bool IsInteger(Type t) =>
        t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) ||
        t == typeof(sbyte) || t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort);

    private static bool TryConvert(object parsed, Type dataType, string text, out object? value, out string? error)
    {
        try
        {
            value = dataType == typeof(char) ? text[0] : Convert.ChangeType(parsed, dataType, Invariant);
            error = null;
            return true;
        }
        catch (OverflowException)
        {
            value = null;
            error = $"'{text}' is out of range for {dataType.Name}.";
            return false;
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException)
        {
            value = null;
            error = $"'{text}' cannot be stored in a {dataType.Name} column.";
            return false;
        }
    }
}
