using System.Globalization;

namespace DataApps.Data;

/// <summary>
/// A per-column filter typed by the user: text contains (strings), a comparison or range (numbers, dates:
/// <c>&gt; 5</c>, <c>&lt;= 2024-01-31</c>, <c>10..20</c>, <c>= 3</c>, or a plain value), or true/false (booleans).
/// </summary>
internal abstract class TableFilter
{
    private static readonly string[] Operators = [">=", "<=", "!=", ">", "<", "="];

    /// <summary>Keeps the rows of <paramref name="keep"/> that pass the filter (clears the others).</summary>
    public abstract void Apply(bool[] keep);

    /// <summary>The filter for <paramref name="text"/> on <paramref name="column"/>; null when the text is blank or cannot be read (then <paramref name="error"/> says why).</summary>
    public static TableFilter? Parse(TableColumn column, string? text, out string? error)
    {
        error = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        switch (column.Kind)
        {
            case ValueKind.Bool:
                if (bool.TryParse(text, out var flag))
                {
                    return new BoolFilter(column, flag);
                }

                error = "Type true or false.";
                return null;
            case ValueKind.Number:
                return ParseRange(text, TryNumber, out error) is { } numbers ? new NumberFilter(column, numbers) : null;
            case ValueKind.Date:
                return ParseRange(text, TryDate, out error) is { } dates ? new DateFilter(column, dates) : null;
            default:
                return new TextFilter(column, text);
        }
    }

    /// <summary>Reads "a..b", "op value" or "value" (equality; for a day, the whole day).</summary>
    private static Range? ParseRange(string text, Parser parse, out string? error)
    {
        error = null;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            var low = text[..dots].Trim();
            var high = text[(dots + 2)..].Trim();
            double? lo = null, hi = null;
            if ((low.Length > 0 && !Parse(low, parse, out lo, out _)) || (high.Length > 0 && !Parse(high, parse, out _, out hi)))
            {
                error = $"Could not read the range '{text}'.";
                return null;
            }

            return new Range(lo, true, hi, true, false);
        }

        var op = Operators.FirstOrDefault(o => text.StartsWith(o, StringComparison.Ordinal)) ?? "=";
        var operand = text.StartsWith(op, StringComparison.Ordinal) ? text[op.Length..].Trim() : text;
        if (!Parse(operand, parse, out var start, out var end))
        {
            error = $"Could not read '{operand}'. Use a value, > value, <= value or low..high.";
            return null;
        }

        // A whole day ("2024-03-05") covers [start, end]; a number or a time is a single point (start == end).
        return op switch
        {
            ">=" => new Range(start, true, null, true, false),
            ">" => new Range(end, false, null, true, false),
            "<=" => new Range(null, true, end, true, false),
            "<" => new Range(null, true, start, false, false),
            "!=" => new Range(start, true, end, true, true),
            _ => new Range(start, true, end, true, false),
        };
    }

    private static bool Parse(string text, Parser parse, out double? start, out double? end)
    {
        if (parse(text, out var s, out var e))
        {
            start = s;
            end = e;
            return true;
        }

        start = end = null;
        return false;
    }

    private static bool TryNumber(string text, out double start, out double end)
    {
        var ok = double.TryParse(text.Replace(",", "", StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out start);
        end = start;
        return ok;
    }

    private static bool TryDate(string text, out double start, out double end)
    {
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            start = Key(date);
            var day = date.TimeOfDay == TimeSpan.Zero && !text.Contains(':', StringComparison.Ordinal);
            end = day ? Key(date.AddDays(1)) - 1 : start;
            return true;
        }

        start = end = 0;
        return false;
    }

    /// <summary>A date as milliseconds: ticks do not fit a double exactly, milliseconds do.</summary>
    private static double Key(DateTime date) => date.Ticks / (double)TimeSpan.TicksPerMillisecond;

    private delegate bool Parser(string text, out double start, out double end);

    /// <summary>Between two optional bounds (inclusive or not), or outside them when <paramref name="Negate"/>.</summary>
    private sealed record Range(double? Low, bool LowInclusive, double? High, bool HighInclusive, bool Negate)
    {
        public bool Contains(double value)
        {
            var inside = (Low is not { } lo || (LowInclusive ? value >= lo : value > lo))
                && (High is not { } hi || (HighInclusive ? value <= hi : value < hi));
            return inside != Negate;
        }
    }

    private sealed class TextFilter(TableColumn column, string text) : TableFilter
    {
        public override void Apply(bool[] keep)
        {
            var data = column.Data;
            var raw = column.Kind == ValueKind.Text && column.Config.Type != ColumnType.Link;
            for (var row = 0; row < keep.Length; row++)
            {
                if (keep[row])
                {
                    var value = raw ? data[row] as string ?? data[row]?.ToString() : column.Format(row);
                    keep[row] = value is not null && value.Contains(text, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    private sealed class NumberFilter(TableColumn column, Range range) : TableFilter
    {
        public override void Apply(bool[] keep)
        {
            var data = column.Data;
            for (var row = 0; row < keep.Length; row++)
            {
                if (keep[row])
                {
                    keep[row] = data[row] is { } value && Convert.ToDouble(value, CultureInfo.InvariantCulture) is var d && !double.IsNaN(d) && range.Contains(d);
                }
            }
        }
    }

    private sealed class DateFilter(TableColumn column, Range range) : TableFilter
    {
        public override void Apply(bool[] keep)
        {
            var data = column.Data;
            for (var row = 0; row < keep.Length; row++)
            {
                if (keep[row])
                {
                    keep[row] = data[row] switch
                    {
                        DateTime date => range.Contains(Key(date)),
                        DateTimeOffset offset => range.Contains(Key(offset.DateTime)),
                        DateOnly day => range.Contains(Key(day.ToDateTime(TimeOnly.MinValue))),
                        _ => false,
                    };
                }
            }
        }
    }

    private sealed class BoolFilter(TableColumn column, bool value) : TableFilter
    {
        public override void Apply(bool[] keep)
        {
            var data = column.Data;
            for (var row = 0; row < keep.Length; row++)
            {
                keep[row] = keep[row] && data[row] is bool b && b == value;
            }
        }
    }
}
