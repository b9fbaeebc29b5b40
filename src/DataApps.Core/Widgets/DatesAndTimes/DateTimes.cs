using System.Globalization;
using System.Text.Json;
using JsonValue = System.Text.Json.JsonElement;

namespace DataApps.Widgets;

// Note [Three forms]: each date and time verb has three overloads, so that the return type says whether the value can be
// missing, as Streamlit's value=None does: no value (starts at today or now, never empty), a value (starts there, never
// empty), and a nullable value (`value: null` starts empty; the user can clear it; returns a nullable). The no-value form
// takes its optional parameters in an order whose second is not the nullable value's type, so `ui.DateInput("d", maybe)`
// is not ambiguous. DateInput.cs, TimeInput.cs and DateTimeInput.cs each hold one widget's three overloads.

/// <summary>
/// What the date and time widgets share: Streamlit's defaults (today or now, ten years either side, 15-minute steps),
/// argument checks, and reading the values renderers send.
/// </summary>
/// <remarks>
/// Note [Clock defaults]: a widget that starts at today or now adds the word "today"/"now" to its identity, not the
/// date itself, so the widget keeps its identity (and the user's value) across midnight. Times have minute resolution,
/// as in Streamlit: seconds are dropped from values that arrive with them.
/// </remarks>
internal static class DateTimes
{
    public const string DefaultDateFormat = "yyyy/MM/dd";

    public static readonly TimeSpan DefaultStep = TimeSpan.FromMinutes(15);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    public static DateTime Now => ToMinute(DateTime.Now);

    public static TimeOnly ToMinute(TimeOnly time) => new(time.Hour, time.Minute);

    public static DateTime ToMinute(DateTime value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, DateTimeKind.Unspecified);

    public static string CheckFormat(string? format, string label)
    {
        format ??= DefaultDateFormat;
        try
        {
            _ = new DateOnly(2024, 12, 31).ToString(format, CultureInfo.InvariantCulture);
            return format;
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"'{format}' is not a date format for '{label}' (try \"yyyy/MM/dd\" or \"dd.MM.yyyy\").", nameof(format), e);
        }
    }

    public static TimeSpan CheckStep(TimeSpan? step, string label)
    {
        var value = step ?? DefaultStep;
        if (value < TimeSpan.FromMinutes(1) || value > TimeSpan.FromHours(23) || value.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), value, $"The step of '{label}' must be whole minutes between 1 minute and 23 hours.");
        }

        return value;
    }

    public static void CheckRange<T>(T? value, T min, T max, string label)
        where T : struct, IComparable<T>
    {
        if (min.CompareTo(max) > 0)
        {
            throw new ArgumentException($"'{label}' has min {Show(min)} after max {Show(max)}.");
        }

        if (value is { } v && (v.CompareTo(min) < 0 || v.CompareTo(max) > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), v, $"The value {Show(v)} of '{label}' must lie between {Show(min)} and {Show(max)}.");
        }
    }

    public static T Clamp<T>(T value, T min, T max)
        where T : IComparable<T> => value.CompareTo(min) < 0 ? min : value.CompareTo(max) > 0 ? max : value;

    /// <summary>A value the browser sent, refused with <see cref="FormatException"/> when outside [min, max] (Note [Refused values]).</summary>
    public static T Within<T>(T value, T min, T max, string kind, string label)
        where T : IComparable<T> => value.CompareTo(min) < 0 || value.CompareTo(max) > 0
        ? throw new FormatException(Outside(value, min, max, kind, label))
        : value;

    public static string Outside<T>(T value, T min, T max, string kind, string label) =>
        $"The {kind.Replace('-', ' ')} '{label}' refuses {Show(value)}: it is outside its range [{Show(min)}, {Show(max)}]";

    public static DateOnly ToDate(object? wire) => wire switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        _ when Text(wire) is { } s && DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) => d,
        _ when Text(wire) is { } s && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) => DateOnly.FromDateTime(dt),
        _ => throw Bad(wire, "a date (yyyy-MM-dd)"),
    };

    public static TimeOnly ToTime(object? wire) => ToMinute(wire switch
    {
        TimeOnly t => t,
        TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1) => TimeOnly.FromTimeSpan(span),
        DateTime dt => TimeOnly.FromDateTime(dt),
        _ when Text(wire) is { } s && TimeOnly.TryParse(s, CultureInfo.InvariantCulture, out var t) => t,
        _ => throw Bad(wire, "a time (HH:mm)"),
    });

    public static DateTime ToDateTime(object? wire) => ToMinute(wire switch
    {
        DateTime dt => dt,
        DateTimeOffset offset => offset.DateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ when Text(wire) is { } s && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) => dt,
        _ => throw Bad(wire, "a date and time (yyyy-MM-ddTHH:mm)"),
    });

    /// <summary>Whether the browser sent "no value" (null, JSON null or an empty string).</summary>
    public static bool IsNone(object? wire) =>
        wire is null or JsonValue { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } || (Text(wire) is { } s && string.IsNullOrWhiteSpace(s));

    public static string Show<T>(T value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string? Text(object? wire) => wire switch
    {
        string s => s,
        JsonValue { ValueKind: JsonValueKind.String } json => json.GetString(),
        _ => null,
    };

    private static FormatException Bad(object? wire, string expected) =>
        new($"Expected {expected}, got {(wire is null ? "null" : wire is string s ? $"'{s}'" : wire.GetType().Name)}.");
}
