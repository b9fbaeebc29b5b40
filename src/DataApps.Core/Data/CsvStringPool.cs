using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace DataApps.Data;

/// <summary>Returns one string instance per distinct short value of a column, so repeated values cost one string each.</summary>
/// <remarks>
/// Note [String pool]: values are looked up by their UTF-8 bytes (an open-addressing table over a byte arena), so a repeated
/// value costs a hash and a compare, and no decoding or allocation. Up to <see cref="MaxEntries"/> distinct values are kept, so
/// the table stays in cache; once it is full, a column that missed more often than it hit is mostly distinct values and
/// pooling stops (it only costs time there). So the most a pool can waste is filling its table once. Measured on 1M values:
/// 8 distinct values cost about 20 ns each through the pool; 100,000 distinct values cost more through a pool large enough to
/// hold them (every lookup a cache miss) than allocating each string.
/// </remarks>
internal sealed class CsvStringPool
{
    /// <summary>Longer values are not pooled.</summary>
    private const int MaxPooledBytes = 64;

    /// <summary>The most distinct values a pool keeps: its table stays in the core's cache (a lookup in a larger one waits on memory).</summary>
    private const int MaxEntries = 1 << 13;

    private Slot[] _slots = new Slot[1 << 10];
    private byte[] _arena = new byte[1 << 14];
    private int _arenaUsed;
    private int _count;
    private int _hits;
    private int _misses;
    private bool _off;

    /// <summary>Creates a pool; an <paramref name="off"/> one only decodes (for a column already seen to hold mostly distinct values).</summary>
    public CsvStringPool(bool off = false) => _off = off || !Enabled;

    /// <summary>Whether pools pool at all (off only to measure what they save).</summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>Whether values have been found in the pool at least as often as they were added.</summary>
    public bool Repeats => !_off && _hits >= _misses;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_off || utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        // One slot holds everything but the bytes, so a lookup in a large table touches two cache lines, not five.
        var hash = Hash(utf8);
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = (int)(hash >> 40) & mask;
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Value is null)
            {
                break;
            }

            if (slot.Hash == hash && utf8.SequenceEqual(_arena.AsSpan(slot.Offset, slot.Length)))
            {
                _hits++;
                return slot.Value;
            }

            i = (i + 1) & mask;
        }

        var s = Encoding.UTF8.GetString(utf8);
        _misses++;
        if (_count < MaxEntries)
        {
            Add(utf8, hash, i, s);
        }
        else if (_misses > _hits)
        {
            _off = true;
        }

        return s;
    }

    private void Add(ReadOnlySpan<byte> utf8, ulong hash, int i, string s)
    {
        if (_arenaUsed + utf8.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + utf8.Length));
        }

        utf8.CopyTo(_arena.AsSpan(_arenaUsed));
        _slots[i] = new Slot(hash, _arenaUsed, utf8.Length, s);
        _arenaUsed += utf8.Length;
        if (++_count * 2 > _slots.Length)
        {
            Rehash();
        }
    }

    private void Rehash()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Value is null)
            {
                continue;
            }

            var i = (int)(slot.Hash >> 40) & mask;
            while (_slots[i].Value is not null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    private readonly record struct Slot(ulong Hash, int Offset, int Length, string? Value);

    /// <summary>A quick 64-bit hash of up to 64 bytes, eight at a time (not for untrusted keys in long-lived tables; this one lives for one column).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var h = (ulong)bytes.Length * K;
        while (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * K, 29);
            bytes = bytes[8..];
        }

        ulong last = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            last |= (ulong)bytes[i] << (8 * i);
        }

        h = (h ^ last) * K;
        return h ^ (h >> 32);
    }
}
