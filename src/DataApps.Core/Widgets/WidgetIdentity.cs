using System.Globalization;

namespace DataApps;

/// <summary>
/// Builds a widget's identity: a deterministic hash of its kind, label and value-space parameters,
/// the page and the form. Identity never depends on source line numbers.
/// </summary>
/// <remarks>FNV-1a over the parts: stable across processes, so persisted sessions keep their widgets.</remarks>
public struct WidgetIdentity
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private ulong _hash;

    internal WidgetIdentity(string kind)
    {
        _hash = Offset;
        Add(kind);
    }

    /// <summary>Adds a string part.</summary>
    /// <param name="value">The part; <c>null</c> counts as its own value.</param>
    public void Add(string? value)
    {
        if (value is null)
        {
            Mix(0xFF);
            return;
        }

        foreach (var c in value)
        {
            Mix((byte)c);
            Mix((byte)(c >> 8));
        }

        Mix(0x1F); // separator, so ("ab","c") differs from ("a","bc")
    }

    /// <summary>Adds a numeric part.</summary>
    /// <param name="value">The part.</param>
    public void Add(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        for (var i = 0; i < 8; i++)
        {
            Mix((byte)(bits >> (i * 8)));
        }
    }

    /// <summary>Adds a boolean part.</summary>
    /// <param name="value">The part.</param>
    public void Add(bool value) => Mix(value ? (byte)1 : (byte)2);

    /// <summary>Adds a list of string parts.</summary>
    /// <param name="values">The parts.</param>
    public void Add(ReadOnlySpan<string> values)
    {
        Add(values.Length);
        foreach (var value in values)
        {
            Add(value);
        }
    }

    private void Mix(byte b)
    {
        _hash ^= b;
        _hash *= Prime;
    }

    internal readonly string ToId(string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}-{_hash:x16}");

    /// <summary>The identity of a widget with a user key: the key alone, so one key names one widget whatever its kind.</summary>
    internal static string ForKey(string key) => "key:" + key;
}
