using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace DataApps.Data;

/// <summary>Builds one typed column from its fields in the index: infers int → long → double, bool, DateTime or string, or uses the given type.</summary>
/// <remarks>
/// Note [Inference]: numbers are parsed speculatively as 64-bit integers and widened to double at the first fraction, converting
/// the values read so far; the column becomes Int32 when every value fits. A field that is no number restarts the column as bool,
/// then DateTime, then string, each a fresh pass over the same index, so no text is ever lost to an earlier guess. Empty fields are
/// nulls and do not vote. Typed columns are built straight into Arrow-style byte buffers (values plus a validity bitmap), without
/// per-value appends.
///
/// Note [Tiering]: a CSV is usually read once, so the hot loops here and in the tokenizer are marked AggressiveOptimization:
/// without it the first read runs tier-0 code (each loop is entered once per column, far below the call count that promotes it).
/// </remarks>
internal static class CsvColumnBuilder
{
    private delegate bool Parser<T>(ReadOnlySpan<byte> text, out T value);

    public static DataFrameColumn Build(ReadOnlyMemory<byte> memory, CsvIndex index, int column, string name, CsvValues values, Type? type, bool parallel = true)
    {
        var text = memory.Span;
        var fields = new Fields(index, column, memory);
        if (type is not null)
        {
            return BuildExplicit(text, fields, name, values, type, parallel);
        }

        if (fields.AllNull(text))
        {
            return BuildStrings(text, fields, name, parallel);
        }

        return BuildNumber(text, fields, name, values)
            ?? Build<bool>(text, fields, name, CsvValues.TryBool, throwOnBad: false)
            ?? Build<DateTime>(text, fields, name, values.TryDate, throwOnBad: false)
            ?? BuildStrings(text, fields, name, parallel);
    }

    /// <summary>
    /// The columns, likely slowest to build first, judged by the first row: text (not a number, bool or ISO date, or typed as
    /// string) before the rest, longer fields before shorter ones.
    /// </summary>
    public static int[] CostOrder(ReadOnlySpan<byte> text, CsvIndex index, Type?[] types)
    {
        var costs = new int[index.ColumnCount];
        if (index.RowCount > 0)
        {
            for (var c = 0; c < costs.Length; c++)
            {
                var fields = new Fields(index, c, default);
                var field = fields.Of(text, 0);
                var isText = types[c] == typeof(string) || (types[c] is null && !field.IsEmpty
                    && !CsvValues.TryBool(field, out _) && !double.TryParse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                    && !(field.Length >= 10 && field[4] == '-' && field[7] == '-'));
                costs[c] = (isText ? 1 << 20 : 0) + field.Length;
            }
        }

        var order = Enumerable.Range(0, costs.Length).ToArray();
        return [.. order.OrderByDescending(c => costs[c])];
    }

    /// <summary>
    /// Numbers as Int32 while every value fits, widened to Int64 at the first that does not, and to double at the first fraction.
    /// Each widening converts the values read so far; long to double in place (same width), so no column holds two 8-byte buffers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DataFrameColumn? BuildNumber(ReadOnlySpan<byte> text, Fields fields, string name, CsvValues values)
    {
        var n = fields.Count;
        var bitmap = new byte[(n + 7) / 8];
        var bytes = GC.AllocateUninitializedArray<byte>(checked(n * 4));
        var ints = MemoryMarshal.Cast<byte, int>(bytes.AsSpan());
        Span<long> longs = default;
        Span<double> doubles = default;
        var width = NumberWidth.Int;
        var nulls = 0;
        byte[]? scratch = null;
        for (var i = 0; i < n; i++)
        {
            var field = CsvValues.Unquote(fields.Of(text, i), ref scratch);
            if (field.IsEmpty)
            {
                nulls++;
                switch (width)
                {
                    case NumberWidth.Int: ints[i] = 0; break;
                    case NumberWidth.Long: longs[i] = 0; break;
                    default: doubles[i] = 0; break;
                }

                continue;
            }

            bitmap[i >> 3] |= (byte)(1 << (i & 7));
            if (width != NumberWidth.Double && values.TryLong(field, out var l))
            {
                if (width == NumberWidth.Int)
                {
                    if (l == (int)l)
                    {
                        ints[i] = (int)l;
                        continue;
                    }

                    var wider = GC.AllocateUninitializedArray<byte>(checked(n * 8));
                    longs = MemoryMarshal.Cast<byte, long>(wider.AsSpan());
                    for (var j = 0; j < i; j++)
                    {
                        longs[j] = ints[j];
                    }

                    (bytes, width) = (wider, NumberWidth.Long);
                }

                longs[i] = l;
                continue;
            }

            if (!values.TryDouble(field, out var d))
            {
                return null;
            }

            if (width == NumberWidth.Int)
            {
                var wider = GC.AllocateUninitializedArray<byte>(checked(n * 8));
                doubles = MemoryMarshal.Cast<byte, double>(wider.AsSpan());
                for (var j = 0; j < i; j++)
                {
                    doubles[j] = ints[j];
                }

                (bytes, width) = (wider, NumberWidth.Double);
            }
            else if (width == NumberWidth.Long)
            {
                doubles = MemoryMarshal.Cast<byte, double>(bytes.AsSpan());
                for (var j = 0; j < i; j++)
                {
                    doubles[j] = longs[j]; // in place: each value is read before its 8 bytes are rewritten
                }

                width = NumberWidth.Double;
            }

            doubles[i] = d;
        }

        return width switch
        {
            NumberWidth.Int => new Int32DataFrameColumn(name, bytes, bitmap, n, nulls),
            NumberWidth.Long => new Int64DataFrameColumn(name, bytes, bitmap, n, nulls),
            _ => new DoubleDataFrameColumn(name, bytes, bitmap, n, nulls),
        };
    }

    private enum NumberWidth
    {
        Int,
        Long,
        Double,
    }

    /// <summary>A column of <typeparamref name="T"/>; <c>null</c> when a field does not parse (unless <paramref name="throwOnBad"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DataFrameColumn? Build<T>(ReadOnlySpan<byte> text, Fields fields, string name, Parser<T> parse, bool throwOnBad)
        where T : unmanaged
    {
        var n = fields.Count;
        var bitmap = new byte[(n + 7) / 8];
        var bytes = GC.AllocateUninitializedArray<byte>(checked(n * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()));
        var typed = MemoryMarshal.Cast<byte, T>(bytes.AsSpan());
        var nulls = 0;
        byte[]? scratch = null;
        for (var i = 0; i < n; i++)
        {
            var field = CsvValues.Unquote(fields.Of(text, i), ref scratch);
            if (field.IsEmpty)
            {
                nulls++;
                typed[i] = default;
                continue;
            }

            if (!parse(field, out var value))
            {
                return throwOnBad ? throw fields.Bad(i, field, name, typeof(T)) : null;
            }

            typed[i] = value;
            bitmap[i >> 3] |= (byte)(1 << (i & 7));
        }

        return Column(name, bytes, bitmap, n, nulls, typeof(T));
    }

    private static DataFrameColumn Column(string name, byte[] bytes, byte[] bitmap, int n, int nulls, Type type) => type switch
    {
        _ when type == typeof(int) => new Int32DataFrameColumn(name, bytes, bitmap, n, nulls),
        _ when type == typeof(long) => new Int64DataFrameColumn(name, bytes, bitmap, n, nulls),
        _ when type == typeof(float) => new SingleDataFrameColumn(name, bytes, bitmap, n, nulls),
        _ when type == typeof(double) => new DoubleDataFrameColumn(name, bytes, bitmap, n, nulls),
        _ when type == typeof(decimal) => new DecimalDataFrameColumn(name, bytes, bitmap, n, nulls),
        _ when type == typeof(bool) => new BooleanDataFrameColumn(name, bytes, bitmap, n, nulls),
        _ when type == typeof(DateTime) => new DateTimeDataFrameColumn(name, bytes, bitmap, n, nulls),
        _ => throw new ArgumentException($"CSV columns cannot be read as {type.Name}."),
    };

    private static DataFrameColumn BuildExplicit(ReadOnlySpan<byte> text, Fields fields, string name, CsvValues values, Type type, bool parallel)
    {
        if (type == typeof(string))
        {
            return BuildStrings(text, fields, name, parallel);
        }

        return type switch
        {
            _ when type == typeof(int) => Build<int>(text, fields, name, (ReadOnlySpan<byte> s, out int v) =>
                int.TryParse(s, System.Globalization.NumberStyles.Integer, values.Culture, out v), throwOnBad: true)!,
            _ when type == typeof(long) => Build<long>(text, fields, name, values.TryLong, throwOnBad: true)!,
            _ when type == typeof(float) => Build<float>(text, fields, name, (ReadOnlySpan<byte> s, out float v) =>
                float.TryParse(s, System.Globalization.NumberStyles.Float, values.Culture, out v), throwOnBad: true)!,
            _ when type == typeof(double) => Build<double>(text, fields, name, values.TryDouble, throwOnBad: true)!,
            _ when type == typeof(decimal) => Build<decimal>(text, fields, name, values.TryDecimal, throwOnBad: true)!,
            _ when type == typeof(bool) => Build<bool>(text, fields, name, CsvValues.TryBool, throwOnBad: true)!,
            _ when type == typeof(DateTime) => Build<DateTime>(text, fields, name, values.TryDate, throwOnBad: true)!,
            _ => throw new ArgumentException(
                $"Column '{name}' cannot be read as {type.Name}: CSV columns can be int, long, float, double, decimal, bool, DateTime or string.", nameof(type)),
        };
    }

    /// <summary>Rows of a text column read first to see whether its values repeat.</summary>
    private const int StringSlice = 1 << 17;

    /// <summary>The strings of a column, as a text column holds them (for measuring).</summary>
    internal static string?[] Strings(ReadOnlyMemory<byte> text, CsvIndex index, int column, bool parallel) =>
        BuildStrings(text.Span, new Fields(index, column, text), parallel);

    private static StringDataFrameColumn BuildStrings(ReadOnlySpan<byte> text, Fields fields, string name, bool parallel) =>
        new(name, BuildStrings(text, fields, parallel));

    /// <summary>
    /// The strings of a text column. The first slice goes through a <see cref="CsvStringPool"/>; when its values repeat, the rest
    /// does too, on this thread (one string per distinct value beats parallel allocation); when they are mostly distinct, the
    /// remaining slices are decoded on several threads without a pool.
    /// </summary>
    private static string?[] BuildStrings(ReadOnlySpan<byte> text, Fields fields, bool parallel)
    {
        var n = fields.Count;
        var strings = new string?[n];
        var pool = new CsvStringPool();
        var first = Math.Min(n, StringSlice);
        FillStrings(text, ref fields, strings, 0, first, pool);
        if (!parallel || n < 2 * StringSlice || Environment.ProcessorCount == 1 || pool.Repeats)
        {
            FillStrings(text, ref fields, strings, first, n, pool);
            return strings;
        }

        // Spans cannot cross into the lambda: the slices reach the text and the index through the memory they came from.
        var (memory, index, column) = (fields.Text, fields.Index, fields.Column);
        System.Threading.Tasks.Parallel.For(1, (n + StringSlice - 1) / StringSlice, slice =>
        {
            var start = slice * StringSlice;
            var sliceFields = new Fields(index, column, memory);
            FillStrings(memory.Span, ref sliceFields, strings, start, Math.Min(n, start + StringSlice), new CsvStringPool(off: true));
        });
        return strings;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillStrings(ReadOnlySpan<byte> text, ref Fields fields, string?[] strings, int from, int to, CsvStringPool pool)
    {
        byte[]? scratch = null;
        for (var i = from; i < to; i++)
        {
            var field = CsvValues.Unquote(fields.Of(text, i), ref scratch);
            strings[i] = field.IsEmpty ? null : pool.Get(field);
        }
    }

    /// <summary>The fields of one column, read through the index's segments (quickest in row order).</summary>
    private ref struct Fields
    {
        private readonly CsvIndex _index;
        private readonly int _shift;
        private ReadOnlySpan<int> _starts;
        private ReadOnlySpan<int> _ends;
        private int _first;

        public Fields(CsvIndex index, int column, ReadOnlyMemory<byte> text)
        {
            _index = index;
            Column = column;
            Text = text;
            Count = index.RowCount;
            _shift = CsvSegment.StartShift(column);
            _first = int.MaxValue;
        }

        public ReadOnlyMemory<byte> Text { get; }

        public readonly CsvIndex Index => _index;

        public int Column { get; }

        public int Count { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ReadOnlySpan<byte> Of(ReadOnlySpan<byte> text, int row)
        {
            var j = row - _first;
            if ((uint)j >= (uint)_starts.Length)
            {
                Seek(row);
                j = row - _first;
            }

            var start = _starts[j] + _shift;
            return text.Slice(start, _ends[j] - start);
        }

        private void Seek(int row)
        {
            var first = 0;
            foreach (var segment in _index.Segments)
            {
                if (row < first + segment.Count)
                {
                    _starts = segment.Starts(Column);
                    _ends = segment.FieldEnds(Column);
                    _first = first;
                    return;
                }

                first += segment.Count;
            }

            throw new ArgumentOutOfRangeException(nameof(row));
        }

        public bool AllNull(ReadOnlySpan<byte> text)
        {
            for (var i = 0; i < Count; i++)
            {
                var field = Of(text, i);
                if (!field.IsEmpty && !(field.Length == 2 && field[0] == '"'))
                {
                    return false;
                }
            }

            return true;
        }

        public readonly CsvFormatException Bad(int row, ReadOnlySpan<byte> field, string name, Type type)
        {
            var shown = CsvValues.Text(field.Length > 40 ? field[..40] : field);
            return new CsvFormatException(CsvText.LineAt(Text.Span, _index.RowStart(row)), $"'{shown}' in column '{name}' is not a valid {TypeName(type)}.");
        }

        private static string TypeName(Type type) => type == typeof(int) ? "int" : type == typeof(long) ? "long" : type == typeof(float) ? "float"
            : type == typeof(double) ? "double" : type == typeof(decimal) ? "decimal" : type == typeof(bool) ? "bool (true or false)" : "date";
    }
}
