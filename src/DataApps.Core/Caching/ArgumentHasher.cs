using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Analysis;

namespace DataApps.Caching;

/// <summary>
/// Hashes the arguments of <c>ui.Cache.Data(args, …)</c> by value, so equal arguments find one entry and any change makes a
/// new one.
/// </summary>
/// <remarks>
/// Note [Argument keys]: a value is hashed by what it is, never by reference nor by <c>GetHashCode</c> (32 bits, and a
/// class's default is its identity): strings, numbers, bools, chars, enums, dates and times, Guids by their bits; tuples,
/// records, anonymous objects and structs by their fields, recursively; arrays, lists, sets and dictionaries by their
/// elements in order; a DataFrame by its content (names, types, lengths, every value and every null). Each value carries
/// a tag (and a type name where the tag is not enough), so <c>(1, "2")</c> and <c>("1", 2)</c> differ. A type it cannot
/// hash is refused with a message naming the argument; <see cref="ICacheKey"/> lets a type say what stands for it. The
/// digest is SHA-256, cut to 128 bits: no two different arguments share a key in practice.
/// </remarks>
internal sealed partial class ArgumentHasher : IDisposable
{
    private const int MaxDepth = 32;
    private static readonly ConcurrentDictionary<Type, FieldInfo[]?> Fields = new();

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<string> _path = []; // where in the arguments the hasher is, for messages
    private readonly byte[] _buffer = new byte[8192];
    private int _used;

    private ArgumentHasher(string root) => _path.Add(root);

    /// <summary>The key for <paramref name="args"/>: 32 hex digits.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="expression">The arguments' source, to name a part the hasher refuses.</param>
    /// <exception cref="ArgumentException">A part of the arguments cannot be hashed by value.</exception>
    public static string KeyOf(object? args, string expression)
    {
        using var hasher = new ArgumentHasher(string.IsNullOrWhiteSpace(expression) ? "args" : expression);
        hasher.Add(args, 0);
        hasher.Flush();
        Span<byte> digest = stackalloc byte[32];
        hasher._hash.GetHashAndReset(digest);
        return Convert.ToHexString(digest[..16]);
    }

    public void Dispose() => _hash.Dispose();

    private void Add(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"ui.Cache cannot hash {Where()}: the arguments nest more than {MaxDepth} levels deep (a cycle?).", "args");
        }

        switch (value)
        {
            case null: Tag('0'); break;
            case string s: Tag('s'); AddString(s); break;
            case bool b: Tag('b'); Bytes(b ? (byte)1 : (byte)0); break;
            case int i: Tag('i'); Int(i); break;
            case long l: Tag('l'); Long(l); break;
            case double d: Tag('d'); Long(BitConverter.DoubleToInt64Bits(d)); break;
            case float f: Tag('f'); Int(BitConverter.SingleToInt32Bits(f)); break;
            case decimal m: Tag('m'); Span<int> bits = stackalloc int[4]; decimal.GetBits(m, bits); Raw(MemoryMarshal.AsBytes(bits)); break;
            case Enum e: Tag('e'); AddString(e.GetType().FullName!); Long(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)); break;
            case DateTime t: Tag('T'); Long(t.Ticks); Int((int)t.Kind); break;
            case DateTimeOffset o: Tag('O'); Long(o.UtcTicks); Long(o.Offset.Ticks); break;
            case DateOnly day: Tag('D'); Int(day.DayNumber); break;
            case TimeOnly time: Tag('t'); Long(time.Ticks); break;
            case TimeSpan span: Tag('S'); Long(span.Ticks); break;
            case Guid g: Tag('g'); Span<byte> guid = stackalloc byte[16]; g.TryWriteBytes(guid); Raw(guid); break;
            case Type type: Tag('y'); AddString(type.AssemblyQualifiedName ?? type.FullName ?? type.Name); break;
            case ICacheKey key: Tag('k'); AddString(key.GetType().FullName!); Nested(key.CacheKey, ".CacheKey", depth); break;
            case DataFrame frame: AddFrame(frame); break;
            case DataFrameColumn column: AddColumn(column); break;
            case ITuple tuple: AddTuple(tuple, depth); break;
            case IDictionary dictionary: AddDictionary(dictionary, depth); break;
            case IEnumerable items: AddItems(items, depth); break;
            default:
                if (value.GetType().IsPrimitive || value is Half or Int128 or UInt128 or System.Numerics.BigInteger)
                {
                    Tag('p'); AddString(value.GetType().Name); AddString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                }
                else
                {
                    AddFields(value, depth);
                }

                break;
        }
    }

    private void Nested(object? value, string segment, int depth)
    {
        _path.Add(segment);
        Add(value, depth + 1);
        _path.RemoveAt(_path.Count - 1);
    }

    private void AddTuple(ITuple tuple, int depth)
    {
        Tag('(');
        Int(tuple.Length);
        for (var i = 0; i < tuple.Length; i++)
        {
            Nested(tuple[i], i < ItemNames.Length ? ItemNames[i] : $".Item{i + 1}", depth);
        }
    }

    private static readonly string[] ItemNames = [".Item1", ".Item2", ".Item3", ".Item4", ".Item5", ".Item6", ".Item7", ".Rest"];

    private void AddDictionary(IDictionary dictionary, int depth)
    {
        Tag('{');
        Int(dictionary.Count);
        var e = dictionary.GetEnumerator();
        while (e.MoveNext())
        {
            Nested(e.Key, "[key]", depth);
            Nested(e.Value, "[value]", depth);
        }
    }

    private void AddItems(IEnumerable items, int depth)
    {
        Tag('[');
        switch (items)
        {
            // Arrays and lists of plain numbers: their bytes at once.
            case int[] a: Raw(MemoryMarshal.AsBytes(a.AsSpan())); Long(a.Length); return;
            case long[] a: Raw(MemoryMarshal.AsBytes(a.AsSpan())); Long(a.Length); return;
            case double[] a: Raw(MemoryMarshal.AsBytes(a.AsSpan())); Long(a.Length); return;
            case float[] a: Raw(MemoryMarshal.AsBytes(a.AsSpan())); Long(a.Length); return;
            case byte[] a: Raw(a); Long(a.Length); return;
            case List<int> l: Raw(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(l))); Long(l.Count); return;
            case List<long> l: Raw(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(l))); Long(l.Count); return;
            case List<double> l: Raw(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(l))); Long(l.Count); return;
        }

        AddString(ElementTypeOf(items.GetType())); // an int[] and a long[] of the same numbers differ
        long count = 0;
        _path.Add("[…]");
        foreach (var item in items)
        {
            Add(item, depth + 1);
            count++;
        }

        _path.RemoveAt(_path.Count - 1);
        Tag(']');
        Long(count);
    }

    private static string ElementTypeOf(Type type) =>
        type.IsArray ? type.GetElementType()!.FullName ?? "" : type.IsGenericType ? string.Join(",", type.GetGenericArguments().Select(a => a.FullName)) : "";

    /// <summary>Records, anonymous objects and structs by their fields; other classes are refused.</summary>
    private void AddFields(object value, int depth)
    {
        var type = value.GetType();
        var fields = Fields.GetOrAdd(type, FieldsOf) ?? throw Unhashable(type);
        Tag('r');
        AddString(type.FullName ?? type.Name);
        foreach (var field in fields)
        {
            Nested(field.GetValue(value), "." + MemberName(field), depth);
        }
    }

    /// <summary>The fields that make a value's identity, or <c>null</c> for a type hashed by reference only.</summary>
    private static FieldInfo[]? FieldsOf(Type type)
    {
        var record = type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;
        var anonymous = type.IsDefined(typeof(CompilerGeneratedAttribute), false) && type.Name.Contains("AnonymousType", StringComparison.Ordinal);
        if (!type.IsValueType && !record && !anonymous)
        {
            return null;
        }

        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return [.. fields];
    }

    private static string MemberName(FieldInfo field) =>
        field.Name is ['<', ..] name && name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end ? name[1..end] : field.Name;

    private ArgumentException Unhashable(Type type) => new(
        $"ui.Cache cannot hash {Where()}, a {Runtime.TypeNames.Of(type)}: it is a class compared by reference, so the cache could not tell " +
        "whether a cached value still fits it. Pass what the value depends on instead (strings, numbers, bools, enums, dates, records, tuples, " +
        $"anonymous objects, arrays, lists, DataFrames), implement ICacheKey on {type.Name} to say what stands for it, or leave it out of the " +
        "arguments and use it in the factory through a variable (it is then not part of the key).", "args");

    private string Where() => _path.Count == 1 ? $"the argument {_path[0]}" : $"{string.Concat(_path)} (in the argument {_path[0]})";

    private void Tag(char tag) => Bytes((byte)tag);

    private void Bytes(byte b)
    {
        if (_used == _buffer.Length)
        {
            Flush();
        }

        _buffer[_used++] = b;
    }

    private void Int(int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        Raw(buffer);
    }

    private void Long(long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, value);
        Raw(buffer);
    }

    private void AddString(string s)
    {
        Int(s.Length);
        Raw(MemoryMarshal.AsBytes(s.AsSpan()));
    }

    // Small writes gather in a buffer: a call into the hash per string of a million-row column would cost more than the hashing.
    private void Raw(ReadOnlySpan<byte> bytes)
    {
        if (_used + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length / 2)
            {
                _hash.AppendData(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Flush()
    {
        _hash.AppendData(_buffer.AsSpan(0, _used));
        _used = 0;
    }
}
