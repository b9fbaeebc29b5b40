using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace DataApps.Hosting.Operations.Prometheus;

// One scrape's response, written as UTF-8 into an array rented from the shared pool: a scrape of the Showcase is ~400 KB,
// so growing by doubling and returning the array afterwards keeps a scrape from leaving that much garbage behind.
internal sealed class PrometheusBuffer : IDisposable
{
    private static readonly SearchValues<char> LabelValueEscapes = SearchValues.Create("\\\"\n");
    private static readonly SearchValues<char> HelpEscapes = SearchValues.Create("\\\n");

    private byte[] _array;

    public PrometheusBuffer(int capacity) => _array = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Written => _array.AsMemory(0, Length);

    public void Write(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
    }

    // Names, label keys and keywords: ASCII by construction (the name rules replace everything else with '_').
    public void WriteAscii(string value)
    {
        var span = Reserve(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            span[i] = (byte)value[i];
        }

        Length += value.Length;
    }

    // A label value: backslash, double quote and line feed escaped, everything else as UTF-8 (lone surrogates as U+FFFD).
    public void WriteLabelValue(ReadOnlySpan<char> value) => WriteEscaped(value, LabelValueEscapes);

    // HELP text: the text format escapes backslash and line feed there, not the double quote.
    public void WriteHelp(ReadOnlySpan<char> value) => WriteEscaped(value, HelpEscapes);

    public void WriteLong(long value)
    {
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        Length += written;
    }

    // Sample values and bucket bounds: the shortest round-trip form .NET prints ("0.25", "1E-06"), as the OpenTelemetry
    // exporter wrote them; the text format's own spellings for the values that are not numbers.
    public void WriteDouble(double value)
    {
        if (double.IsFinite(value))
        {
            Utf8Formatter.TryFormat(value, Reserve(32), out var written);
            Length += written;
        }
        else
        {
            WriteAscii(double.IsNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf");
        }
    }

    // Repeats bytes written earlier (a histogram's label set, once per bucket).
    public void Repeat(int start, int length)
    {
        var span = Reserve(length);
        _array.AsSpan(start, length).CopyTo(span);
        Length += length;
    }

    public void Truncate(int length) => Length = length;

    public override string ToString() => Encoding.UTF8.GetString(_array, 0, Length);

    public void Dispose()
    {
        var array = _array;
        _array = [];
        Length = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void WriteEscaped(ReadOnlySpan<char> value, SearchValues<char> escapes)
    {
        while (!value.IsEmpty)
        {
            var next = value.IndexOfAny(escapes);
            var plain = next < 0 ? value : value[..next];
            var span = Reserve(Encoding.UTF8.GetMaxByteCount(plain.Length));
            Length += Encoding.UTF8.GetBytes(plain, span);
            if (next < 0)
            {
                return;
            }

            var escaped = Reserve(2);
            escaped[0] = (byte)'\\';
            escaped[1] = value[next] == '\n' ? (byte)'n' : (byte)value[next];
            Length += 2;
            value = value[(next + 1)..];
        }
    }

    private Span<byte> Reserve(int count)
    {
        if (_array.Length - Length < count)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, Length + count));
            _array.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }

        return _array.AsSpan(Length);
    }
}
