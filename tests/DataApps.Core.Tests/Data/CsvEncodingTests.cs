using System.Text;

namespace DataApps.Core.Tests.Data;

public sealed class CsvEncodingTests
{
    [Fact]
    public void AUtf8ByteOrderMarkIsNotPartOfTheFirstColumnName()
    {
        var df = Read([.. Encoding.UTF8.GetPreamble(), .. "name,n\nÅse,1"u8]);

        Assert.Equal("name", df.Columns[0].Name);
        Assert.Equal("Åse", df["name"][0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithAByteOrderMarkIsRead(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var df = Read([.. encoding.GetPreamble(), .. encoding.GetBytes("city,n\nZürich,2")]);

        Assert.Equal("Zürich", df["city"][0]);
        Assert.Equal(2, df["n"][0]);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorWithItsLineNotGarbage()
    {
        byte[] bytes = [.. "a,b\n1,x\n2,"u8, 0xC3, 0x28, .. "\n"u8];

        var e = Assert.Throws<CsvFormatException>(() => Read(bytes));

        Assert.Equal(3, e.LineNumber);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1TextIsRefusedAsNotUtf8()
    {
        var bytes = Encoding.Latin1.GetBytes("name\nGöteborg");

        var e = Assert.Throws<CsvFormatException>(() => Read(bytes));

        Assert.Equal(2, e.LineNumber);
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsRefusedByItsNulBytes()
    {
        var e = Assert.Throws<CsvFormatException>(() => Read(Encoding.Unicode.GetBytes("a,b\n1,2")));

        Assert.Contains("NUL", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf32IsAnUnknownEncoding()
    {
        var e = Assert.Throws<CsvFormatException>(() => Read([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("a\n1")]));

        Assert.Contains("UTF-32", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonSeekableStreamIsReadToItsEnd()
    {
        using var stream = new ForwardOnlyStream("x\n1\n2"u8.ToArray());

        var df = Csv.Read(stream);

        Assert.Equal(2, df.Rows.Count);
    }

    private static Microsoft.Data.Analysis.DataFrame Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return Csv.Read(stream);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
