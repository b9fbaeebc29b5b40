using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace DataApps.Data;

/// <summary>Stable sort orders of frame columns, as permutations of row indices, cached per column and direction.</summary>
/// <remarks>
/// Note [Sort cache]: frames are immutable, so an order computed once for a column holds for as long as the
/// column lives. The cache is keyed by the column object (weakly: it goes with the frame) and shared by all
/// sessions, so every session that shows the same cached frame sorts it once, and scrolling a sorted frame only
/// reads the permutation. Nulls (and NaN) come last in both directions; equal values keep their frame order.
/// </remarks>
internal static class TableSort
{
    private const int ParallelThreshold = 100_000;

    private static readonly ConditionalWeakTable<DataFrameColumn, Orders> Cache = [];

    /// <summary>A sort entry's row.</summary>
    private interface IRow
    {
        int Row { get; }
    }

    /// <summary>The rows of <paramref name="column"/> in sorted order (computed once per column and direction).</summary>
    public static int[] Order(DataFrameColumn column, bool descending)
    {
        var orders = Cache.GetValue(column, static c => new Orders(c));
        return descending ? orders.Descending.Value : orders.Ascending.Value;
    }

    /// <summary>Computes the order without the cache.</summary>
    internal static int[] Compute(DataFrameColumn column, bool descending) => column switch
    {
        PrimitiveDataFrameColumn<double> c => Sort(c, descending),
        PrimitiveDataFrameColumn<float> c => Sort(c, descending),
        PrimitiveDataFrameColumn<decimal> c => Sort(c, descending),
        PrimitiveDataFrameColumn<long> c => Sort(c, descending),
        PrimitiveDataFrameColumn<int> c => Sort(c, descending),
        PrimitiveDataFrameColumn<short> c => Sort(c, descending),
        PrimitiveDataFrameColumn<sbyte> c => Sort(c, descending),
        PrimitiveDataFrameColumn<byte> c => Sort(c, descending),
        PrimitiveDataFrameColumn<ulong> c => Sort(c, descending),
        PrimitiveDataFrameColumn<uint> c => Sort(c, descending),
        PrimitiveDataFrameColumn<ushort> c => Sort(c, descending),
        PrimitiveDataFrameColumn<bool> c => Sort(c, descending),
        PrimitiveDataFrameColumn<char> c => Sort(c, descending),
        PrimitiveDataFrameColumn<DateTime> c => Sort(c, descending),
        _ => SortByRank(column, descending),
    };

    private static int[] Sort<T>(PrimitiveDataFrameColumn<T> column, bool descending)
        where T : unmanaged, IComparable<T>
    {
        var length = checked((int)column.Length);
        var values = new Entry<T>[length];
        var nulls = new List<int>();
        var count = 0;
        var row = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var bits = bitmaps.Current.Span;
            var span = buffer.Span;
            for (var i = 0; i < span.Length; i++, row++)
            {
                if ((bits[i >> 3] & (1 << (i & 7))) != 0 && !IsNaN(span[i]))
                {
                    values[count++] = new Entry<T>(span[i], row);
                }
                else
                {
                    nulls.Add(row);
                }
            }
        }

        return Finish(values, count, nulls, descending);
    }

    /// <summary>Strings and other types: rank the distinct values once, then sort the ranks.</summary>
    private static int[] SortByRank(DataFrameColumn column, bool descending)
    {
        var length = checked((int)column.Length);
        var ranks = new int[length];
        var distinct = new Dictionary<object, int>();
        var keys = new List<object>();
        for (var row = 0; row < length; row++)
        {
            var value = column[row];
            if (value is null)
            {
                ranks[row] = -1;
                continue;
            }

            if (!distinct.TryGetValue(value, out var id))
            {
                id = keys.Count;
                distinct.Add(value, id);
                keys.Add(value);
            }

            ranks[row] = id;
        }

        // Sort the distinct values, then give each id its position among them.
        var order = Enumerable.Range(0, keys.Count).ToArray();
        var sortedKeys = keys.ToArray();
        Array.Sort(sortedKeys, order, ValueComparer.Instance);
        var rankOfId = new int[keys.Count];
        for (var i = 0; i < order.Length; i++)
        {
            rankOfId[order[i]] = i;
        }

        var values = new Entry<int>[length];
        var nulls = new List<int>();
        var count = 0;
        for (var row = 0; row < length; row++)
        {
            if (ranks[row] < 0)
            {
                nulls.Add(row);
            }
            else
            {
                values[count++] = new Entry<int>(rankOfId[ranks[row]], row);
            }
        }

        return Finish(values, count, nulls, descending);
    }

    private static int[] Finish<T>(Entry<T>[] values, int count, List<int> nulls, bool descending)
        where T : unmanaged, IComparable<T>
    {
        var result = new int[count + nulls.Count];
        if (descending)
        {
            SortRows(System.Runtime.InteropServices.MemoryMarshal.Cast<Entry<T>, Descending<T>>(values.AsSpan(0, count)).ToArray(), result);
        }
        else
        {
            SortRows(values.AsSpan(0, count).ToArray(), result);
        }

        nulls.CopyTo(result, count);
        return result;
    }

    /// <summary>Sorts <paramref name="entries"/> and writes their rows to the start of <paramref name="rows"/>; large inputs sort in two halves in parallel, then merge.</summary>
    /// <remarks>Entries are totally ordered (value, then row), so the merge gives exactly the order one sort would.</remarks>
    private static void SortRows<TEntry>(TEntry[] entries, int[] rows)
        where TEntry : struct, IComparable<TEntry>, IRow
    {
        if (entries.Length < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            entries.AsSpan().Sort();
            for (var i = 0; i < entries.Length; i++)
            {
                rows[i] = entries[i].Row;
            }

            return;
        }

        var half = entries.Length / 2;
        Parallel.Invoke(() => entries.AsSpan(0, half).Sort(), () => entries.AsSpan(half).Sort());
        int a = 0, b = half, k = 0;
        while (a < half && b < entries.Length)
        {
            rows[k++] = entries[a].CompareTo(entries[b]) <= 0 ? entries[a++].Row : entries[b++].Row;
        }

        while (a < half)
        {
            rows[k++] = entries[a++].Row;
        }

        while (b < entries.Length)
        {
            rows[k++] = entries[b++].Row;
        }
    }

    private static bool IsNaN<T>(T value) =>
        (typeof(T) == typeof(double) && double.IsNaN(Unsafe.As<T, double>(ref value))) ||
        (typeof(T) == typeof(float) && float.IsNaN(Unsafe.As<T, float>(ref value)));

    /// <summary>A value with its row: ordered by value, then by row, so the sort is stable.</summary>
    private readonly struct Entry<T>(T value, int row) : IComparable<Entry<T>>, IRow
        where T : IComparable<T>
    {
        public readonly T Value = value;

        public int Row { get; } = row;

        public int CompareTo(Entry<T> other)
        {
            var c = Value.CompareTo(other.Value);
            return c != 0 ? c : Row.CompareTo(other.Row);
        }
    }

    /// <summary>The same layout as <see cref="Entry{T}"/>, ordered by value descending, then by row ascending.</summary>
    private readonly struct Descending<T>(T value, int row) : IComparable<Descending<T>>, IRow
        where T : IComparable<T>
    {
        public readonly T Value = value;

        public int Row { get; } = row;

        public int CompareTo(Descending<T> other)
        {
            var c = other.Value.CompareTo(Value);
            return c != 0 ? c : Row.CompareTo(other.Row);
        }
    }

    /// <summary>Strings case-insensitively (then by case), other comparable values by their own order.</summary>
    private sealed class ValueComparer : IComparer<object>
    {
        public static readonly ValueComparer Instance = new();

        public int Compare(object? x, object? y)
        {
            if (x is string a && y is string b)
            {
                var c = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
                return c != 0 ? c : string.CompareOrdinal(a, b);
            }

            return x is IComparable comparable && x.GetType() == y?.GetType()
                ? comparable.CompareTo(y)
                : string.CompareOrdinal(x?.ToString(), y?.ToString());
        }
    }

    private sealed class Orders(DataFrameColumn column)
    {
        public Lazy<int[]> Ascending { get; } = new(() => Compute(column, false));

        public Lazy<int[]> Descending { get; } = new(() => Compute(column, true));
    }
}
