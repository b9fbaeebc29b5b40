using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Hybrid;

namespace DataApps.Caching;

/// <summary>What the cache stores for one key: the value, when it expires and the cache generation it belongs to.</summary>
/// <remarks>
/// Note [No copies]: HybridCache hands out a deserialized copy of every value whose type is not sealed and marked
/// <c>[ImmutableObject(true)]</c>. This holder is both, so a hit returns the very instance the factory made: a 100 MB
/// DataFrame is neither copied nor serialized. The value itself is treated as immutable (documented on the verbs).
/// </remarks>
/// <typeparam name="T">The cached value's type.</typeparam>
[ImmutableObject(true)]
internal sealed class CacheEntry<T>(T value, DateTimeOffset expires, long generation)
{
    public T Value { get; } = value;

    /// <summary>When the entry stops being served (<see cref="DateTimeOffset.MaxValue"/> without a ttl).</summary>
    public DateTimeOffset Expires { get; } = expires;

    /// <summary>The <see cref="DataCache"/> generation at creation; <c>Clear()</c> starts a new one.</summary>
    public long Generation { get; } = generation;
}

/// <summary>
/// Gives HybridCache a serializer for <see cref="CacheEntry{T}"/> that writes nothing, so the in-process level never
/// serializes a value (HybridCache 10.0 serializes immutable values once to learn their size).
/// </summary>
/// <remarks>
/// Entries are written with <c>DisableDistributedCache</c>, so the empty payload never reaches a second level.
/// A distributed level for data entries would add a real serializer here for the types it can carry; resource
/// entries must never be serialized.
/// </remarks>
internal sealed class NoSerializationFactory : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        serializer = typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(CacheEntry<>)
            ? new NoSerialization<T>()
            : null;
        return serializer is not null;
    }

    private sealed class NoSerialization<T> : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source) =>
            throw new NotSupportedException("DataApps cache entries live in process only; they are never read back from bytes.");

        public void Serialize(T value, IBufferWriter<byte> target)
        {
            // Nothing: see the class remarks.
        }
    }
}
