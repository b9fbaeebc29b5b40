using System.Buffers.Binary;
using System.IO.Compression;

namespace Showcase.Pages;

/// <summary>The Media page's sample content, made in code: PNG pictures, a tone, and a short clip (MediaAssets.Clip.cs).</summary>
public static partial class MediaAssets
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>A 240×160 PNG: a diagonal gradient between two colours with a circle in the middle.</summary>
    /// <param name="from">The top-left colour (0xRRGGBB).</param>
    /// <param name="to">The bottom-right colour (0xRRGGBB).</param>
    public static byte[] Picture(int from, int to) => Png(240, 160, (x, y) =>
    {
        var t = (x + y) / (double)(240 + 160);
        var inside = ((x - 120) * (x - 120)) + ((y - 80) * (y - 80)) < 40 * 40;
        return inside ? 0xFFFFFF : Mix(from, to, t);
    });

    /// <summary>A one-second tone that fades out, as samples for <c>MediaSource.FromSamples</c>.</summary>
    /// <param name="frequency">The pitch in Hz.</param>
    /// <param name="sampleRate">Samples per second.</param>
    public static float[] Tone(double frequency, int sampleRate = 22_050) =>
        [.. Enumerable.Range(0, sampleRate).Select(i => (float)(0.4 * Math.Sin(2 * Math.PI * frequency * i / sampleRate) * (1 - (i / (double)sampleRate))))];

    /// <summary>Encodes an RGB image as PNG (8-bit truecolour, no filtering).</summary>
    private static byte[] Png(int width, int height, Func<int, int, int> rgb)
    {
        var raw = new byte[height * ((width * 3) + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1);
            for (var x = 0; x < width; x++)
            {
                var c = rgb(x, y);
                raw[row + 1 + (x * 3)] = (byte)(c >> 16);
                raw[row + 2 + (x * 3)] = (byte)(c >> 8);
                raw[row + 3 + (x * 3)] = (byte)c;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, compressed.ToArray());
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var b in type)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        BinaryPrimitives.WriteUInt32BigEndian(number, crc ^ 0xFFFFFFFFu);
        png.Write(number);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private static int Mix(int a, int b, double t)
    {
        int Channel(int shift) => (int)Math.Round((((a >> shift) & 0xFF) * (1 - t)) + (((b >> shift) & 0xFF) * t));
        return (Channel(16) << 16) | (Channel(8) << 8) | Channel(0);
    }
}
