using System.Text;
using DataApps.Data;

namespace DataApps.Core.Tests.Data;

/// <summary>The native text buffer (Note [Native text], Note [Huge pages]): a frame read through it owns all its values once the buffer is freed.</summary>
public sealed class CsvBufferTests
{
    [Fact]
    public void AFileLargerThanAHugePageReadsAsItsTextDoes()
    {
        var csv = Rows(60_000); // ~3 MB: mapped with huge pages on Linux, read in two halves
        var path = Path.Combine(Path.GetTempPath(), $"dataapps-csvbuffer-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        try
        {
            var fromFile = Csv.ReadFile(path);
            var fromText = Csv.ReadText(csv);

            Assert.Equal(Csv.WriteText(fromText), Csv.WriteText(fromFile));
            Assert.Equal("name 59999", fromFile.Columns["name"][59_999]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AFrameReadFromASeekableStreamKeepsItsStringsAfterTheBufferIsFreed()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Rows(50_000)));

        var df = Csv.Read(stream);
        GC.Collect(); // nothing may point into the freed text
        var again = Csv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Rows(50_000).Replace("name", "other", StringComparison.Ordinal))));

        Assert.Equal("name 0", df.Columns["name"][0]);
        Assert.Equal("name 49999", df.Columns["name"][49_999]);
        Assert.Equal("other 49999", again.Columns["other"][49_999]);
    }

    [Fact]
    public void ABufferHoldsWhatIsWrittenAndCannotBeReadOnceFreed()
    {
        var buffer = CsvBuffer.Allocate(3 << 20);
        buffer.GetSpan().Fill((byte)'x');
        buffer.Length = 5;

        Assert.Equal("xxxxx", Encoding.ASCII.GetString(buffer.Data.Span));
        buffer.Dispose();
        buffer.Dispose(); // twice is harmless
        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan());
    }

    [Fact]
    public void ASmallBufferUsesOrdinaryMemory()
    {
        using var buffer = CsvBuffer.Allocate(10);
        "a,b\n1,2\n"u8.CopyTo(buffer.GetSpan());
        buffer.Length = 8;

        Assert.Equal("a,b\n1,2\n", Encoding.ASCII.GetString(buffer.Data.Span));
    }

    private static string Rows(int count)
    {
        var text = new StringBuilder("id,name,score\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(i).Append(",name ").Append(i).Append(',').Append((i * 0.5).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }
}
