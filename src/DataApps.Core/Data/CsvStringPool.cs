using System.Runtime.CompilerServices;
using System.Text;

namespace DataApps.Data;

/// <summary>Returns one string instance per distinct short value of a column, so repeated categories cost one string each.</summary>
/// <remarks>Gives up (and just allocates) once a column shows itself to be mostly distinct values, where pooling only costs time.</remarks>
internal sealed class CsvStringPool
{
    private const int MaxPooledBytes = 64;
    private const int Capacity = 4096;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _misses;
    private int _hits;
    private bool _off;

    public CsvStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_off || utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledBytes];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        if (_lookup.TryGetValue(chars[..length], out var pooled))
        {
            _hits++;
            return pooled;
        }

        var s = new string(chars[..length]);
        if (_strings.Count < Capacity)
        {
            _strings.Add(s, s);
        }
        else if (++_misses > Capacity && _misses > _hits)
        {
            _off = true; // mostly distinct values: pooling only costs time (and a large table costs cache misses)
        }

        return s;
    }
}
