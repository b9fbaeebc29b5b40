using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>Turns sequences of records or classes into <see cref="DataFrame"/>s: each public readable property becomes a column.</summary>
public static class DataFrameConversion
{
    /// <summary>Builds a frame with one column per public property of <typeparamref name="T"/>, in declaration order.</summary>
    /// <typeparam name="T">The row type; a primitive, string or date type gives a single column named <c>value</c>.</typeparam>
    /// <param name="rows">The rows; enumerated once.</param>
    /// <returns>A new frame. Numbers, booleans, chars and dates keep their type (nullable ones allow nulls); enums and other types become strings.</returns>
    /// <example><c>DataFrame df = people.ToDataFrame();</c></example>
    public static DataFrame ToDataFrame<T>(this IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builders = Builders<T>.Create();
        var capacity = rows.TryGetNonEnumeratedCount(out var count) ? count : 0;
        foreach (var builder in builders)
        {
            builder.Reserve(capacity);
        }

        foreach (var row in rows)
        {
            foreach (var builder in builders)
            {
                builder.Append(row);
            }
        }

        return new DataFrame(builders.Select(b => b.Build()));
    }

    /// <summary>The frame for a table argument: a frame itself, or a converted sequence; null when <paramref name="data"/> is neither.</summary>
    /// <param name="data">A <see cref="DataFrame"/> or an <see cref="IEnumerable{T}"/>.</param>
    internal static DataFrame? AsDataFrame(object? data)
    {
        switch (data)
        {
            case DataFrame frame:
                return frame;
            case null or string:
                return null;
        }

        if (RowType(data) is not { } row)
        {
            return null;
        }

        var method = typeof(DataFrameConversion).GetMethod(nameof(ToDataFrame))!.MakeGenericMethod(row);
        return (DataFrame)method.Invoke(null, [data])!;
    }

    /// <summary>The <c>T</c> of the <see cref="IEnumerable{T}"/> that <paramref name="data"/> is, or null.</summary>
    private static Type? RowType(object data) =>
        data.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
            .GetGenericArguments()[0];

    /// <summary>Like <see cref="AsDataFrame"/>, but a sequence is converted once and its frame reused while it is the same object with the same count.</summary>
    /// <remarks>
    /// Note [Converted once]: elements compare their frame by reference, so a sequence converted anew on every rerun
    /// re-renders its element every time. The converted frame is kept per sequence object (weakly, so it goes with the
    /// sequence) and reused while the sequence has the same count; data passed this way is treated as immutable.
    /// </remarks>
    /// <param name="data">A <see cref="DataFrame"/> or an <see cref="IEnumerable{T}"/>.</param>
    internal static DataFrame? AsSharedDataFrame(object? data)
    {
        if (data is DataFrame or null or string)
        {
            return AsDataFrame(data);
        }

        var count = data is System.Collections.ICollection collection ? collection.Count : -1;
        if (count >= 0 && Converted.TryGetValue(data, out var converted) && converted.Count == count)
        {
            return converted.Frame;
        }

        var result = AsDataFrame(data);
        if (result is not null && count >= 0)
        {
            Converted.AddOrUpdate(data, new ConvertedFrame(count, result));
        }

        return result;
    }

    private static readonly ConditionalWeakTable<object, ConvertedFrame> Converted = [];

    // Bumped by ClearCache: getters compiled for an older generation are compiled again.
    private static int _generation;

    /// <summary>
    /// Forgets the compiled getters, and the converted frames of sequences of <paramref name="updatedTypes"/>, so a row type
    /// a hot reload changed (a new property) converts with its new shape (Note [Hot reload]). Other frames stay: converting a
    /// large sequence again on every edit would slow the edit loop down for nothing.
    /// </summary>
    /// <param name="updatedTypes">The types the update changed; <c>null</c> (unknown) forgets every frame.</param>
    internal static void ClearCache(Type[]? updatedTypes)
    {
        Interlocked.Increment(ref _generation);
        if (updatedTypes is null)
        {
            Converted.Clear();
            return;
        }

        var stale = Converted.Select(c => c.Key).Where(sequence => RowType(sequence) is { } row && updatedTypes.Contains(row)).ToList();
        foreach (var sequence in stale)
        {
            Converted.Remove(sequence);
        }
    }

    private sealed record ConvertedFrame(int Count, DataFrame Frame);

    private abstract class ColumnBuilder<TRow>
    {
        public abstract void Reserve(int capacity);

        public abstract void Append(TRow row);

        public abstract DataFrameColumn Build();
    }

    private sealed class PrimitiveBuilder<TRow, TValue>(string name, Func<TRow, TValue?> get) : ColumnBuilder<TRow>
        where TValue : unmanaged
    {
        private readonly List<TValue?> _values = [];

        public override void Reserve(int capacity) => _values.Capacity = capacity;

        public override void Append(TRow row) => _values.Add(get(row));

        public override DataFrameColumn Build() => new PrimitiveDataFrameColumn<TValue>(name, _values);
    }

    private sealed class StringBuilder<TRow>(string name, Func<TRow, string?> get) : ColumnBuilder<TRow>
    {
        private readonly List<string?> _values = [];

        public override void Reserve(int capacity) => _values.Capacity = capacity;

        public override void Append(TRow row) => _values.Add(get(row));

        public override DataFrameColumn Build() => new StringDataFrameColumn(name, _values);
    }

    // Note [Getters]: getters are compiled once per row type (and again after a hot reload), so a million rows cost a
    // delegate call per cell instead of a reflection call. Primitive values go through a nullable getter so that
    // `int` and `int?` properties share one builder.
    private static class Builders<TRow>
    {
        private static Compiled? _compiled;

        public static ColumnBuilder<TRow>[] Create()
        {
            var generation = Volatile.Read(ref _generation);
            var compiled = Volatile.Read(ref _compiled);
            if (compiled is null || compiled.Generation != generation)
            {
                compiled = new Compiled(generation, CreateFactories());
                Volatile.Write(ref _compiled, compiled);
            }

            return Array.ConvertAll(compiled.Factories, f => f());
        }

        private sealed record Compiled(int Generation, Func<ColumnBuilder<TRow>>[] Factories);

        private static Func<ColumnBuilder<TRow>>[] CreateFactories()
        {
            var row = typeof(TRow);
            if (IsScalar(row))
            {
                return [Factory("value", row, p => p)];
            }

            return row.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.MetadataToken)
                .Select(p => Factory(p.Name, p.PropertyType, r => Expression.Property(r, p)))
                .ToArray();
        }

        private static Func<ColumnBuilder<TRow>> Factory(string name, Type type, Func<Expression, Expression> access)
        {
            var parameter = Expression.Parameter(typeof(TRow), "row");
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            if (IsPrimitive(underlying))
            {
                var nullable = typeof(Nullable<>).MakeGenericType(underlying);
                var body = Expression.Convert(access(parameter), nullable);
                var getter = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(TRow), nullable), body, parameter).Compile();
                var builder = typeof(PrimitiveBuilder<,>).MakeGenericType(typeof(TRow), underlying);
                return () => (ColumnBuilder<TRow>)Activator.CreateInstance(builder, name, getter)!;
            }

            var value = access(parameter);
            Expression text = type == typeof(string)
                ? value
                : Expression.Call(typeof(Builders<TRow>).GetMethod(nameof(Text), BindingFlags.NonPublic | BindingFlags.Static)!,
                    Expression.Convert(value, typeof(object)));
            var stringGetter = Expression.Lambda<Func<TRow, string?>>(text, parameter).Compile();
            return () => new StringBuilder<TRow>(name, stringGetter);
        }

        private static string? Text(object? value) => value switch
        {
            null => null,
            DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    private static bool IsPrimitive(Type type) =>
        type == typeof(bool) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort)
        || type == typeof(int) || type == typeof(uint) || type == typeof(long) || type == typeof(ulong) || type == typeof(float)
        || type == typeof(double) || type == typeof(decimal) || type == typeof(char) || type == typeof(DateTime);

    internal static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return IsPrimitive(underlying) || underlying == typeof(string) || underlying.IsEnum
            || underlying == typeof(DateOnly) || underlying == typeof(TimeOnly) || underlying == typeof(DateTimeOffset)
            || underlying == typeof(Guid) || underlying == typeof(TimeSpan);
    }
}
