using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DataApps.Data;

/// <summary>The bytes of a CSV file while it is parsed, in native memory; freed when disposed.</summary>
/// <remarks>
/// Note [Native text]: a 100 MB file read into a byte[] is 100 MB of large-object-heap allocation, and every read counted
/// against the GC's budget for that heap: reading a 100 MB file caused 2–3 full (gen2) collections, which stop every thread
/// while they mark the strings being built. The text is only needed while the frame is built (strings and typed buffers are
/// copies), so it lives outside the GC heap and is freed as soon as <see cref="Csv"/> returns. Nothing may keep a span of it
/// past <see cref="Dispose(bool)"/>: the callers dispose it with <c>using</c> around the whole parse, and it has no
/// finalizer (a finalizer could run while a span taken from it is still in use).
/// </remarks>
internal sealed class CsvBuffer : MemoryManager<byte>
{
    private nint _pointer;

    private readonly bool _mapped;

    private CsvBuffer(int capacity)
    {
        Capacity = capacity;
        if (capacity >= HugePage && OperatingSystem.IsLinux())
        {
            _pointer = Linux.MapHuge(capacity);
            _mapped = _pointer != 0;
        }

        if (_pointer == 0)
        {
            _pointer = Marshal.AllocHGlobal(Math.Max(capacity, 1));
        }
    }

    /// <summary>Buffers at least this large are mapped with transparent huge pages on Linux.</summary>
    private const int HugePage = 2 << 20;

    /// <summary>How many bytes were allocated.</summary>
    public int Capacity { get; }

    /// <summary>How many bytes hold data (set by whoever fills the buffer).</summary>
    public int Length { get; set; }

    /// <summary>The bytes that hold data.</summary>
    public ReadOnlyMemory<byte> Data => Memory[..Length];

    /// <summary>Allocates <paramref name="capacity"/> bytes, not zeroed.</summary>
    public static CsvBuffer Allocate(int capacity) => new(capacity);

    /// <summary>The whole allocation, to fill.</summary>
    public override Span<byte> GetSpan()
    {
        ObjectDisposedException.ThrowIf(_pointer == 0, this);

        // The address as a reference without unsafe code: a reference at byte offset _pointer from null.
        return MemoryMarshal.CreateSpan(ref Unsafe.AddByteOffset(ref Unsafe.NullRef<byte>(), _pointer), Capacity);
    }

    /// <summary>Not needed: the reader only takes spans (pinning would need a pointer, and this project has no unsafe code).</summary>
    public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException("The CSV text buffer is read through spans only.");

    /// <summary>Nothing to do: native memory is never moved.</summary>
    public override void Unpin()
    {
    }

    /// <summary>Frees the memory (again: nothing).</summary>
    public void Dispose() => ((IDisposable)this).Dispose();

    protected override void Dispose(bool disposing)
    {
        var pointer = Interlocked.Exchange(ref _pointer, 0);
        if (pointer == 0)
        {
            return;
        }

        if (_mapped)
        {
            Linux.Unmap(pointer, Capacity);
        }
        else
        {
            Marshal.FreeHGlobal(pointer);
        }
    }

    /// <summary>
    /// Note [Huge pages]: filling fresh memory costs a page fault per 4 KB page, and in a virtual machine a fault is expensive: a
    /// profile of reading a 100 MB file showed a quarter of all CPU time in page faults taken while <c>pread</c> copied into the
    /// new buffer. The buffer is mapped on its own and marked for transparent huge pages (<c>MADV_HUGEPAGE</c>; honoured when the
    /// system's THP mode is <c>madvise</c> or <c>always</c>), so the same copy faults once per 2 MB. Any failure falls back to
    /// ordinary memory.
    /// </summary>
    private static class Linux
    {
        private const int ProtRead = 1;
        private const int ProtWrite = 2;
        private const int MapPrivate = 2;
        private const int MapAnonymous = 0x20;
        private const int MadvHugePage = 14;

        public static nint MapHuge(int length)
        {
            try
            {
                var at = mmap(0, (nuint)length, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
                if (at == -1)
                {
                    return 0;
                }

                _ = madvise(at, (nuint)length, MadvHugePage); // a hint: without it the memory is still usable
                return at;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return 0;
            }
        }

        public static void Unmap(nint at, int length) => _ = munmap(at, (nuint)length);

#pragma warning disable SYSLIB1054 // LibraryImport generates unsafe code; this project has none, and these signatures need no marshalling
        [DllImport("libc", SetLastError = false)]
        private static extern nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);

        [DllImport("libc", SetLastError = false)]
        private static extern int madvise(nint addr, nuint length, int advice);

        [DllImport("libc", SetLastError = false)]
        private static extern int munmap(nint addr, nuint length);
#pragma warning restore SYSLIB1054
    }
}
