using DataApps.Media;

namespace DataApps.Core.Tests.Media;

public sealed class MediaSourceTests
{
    [Theory]
    [InlineData("https://example.com/a.png", "Url")]
    [InlineData("http://127.0.0.1/a.png", "Url")]
    [InlineData("ftp://example.com/a.png", "Url")]
    [InlineData("data:image/png;base64,AAAA", "Url")]
    [InlineData("Data/a.png", "File")]
    [InlineData("/srv/media/a.png", "File")]
    [InlineData(@"C:\media\a.png", "File")]
    public void AStringWithASchemeIsAUrlAndAnythingElseAPath(string text, string origin)
    {
        MediaSource source = text;

        Assert.Equal(origin, source.Origin.ToString());
    }

    [Theory]
    [InlineData("https://example.com/a.png", true)]
    [InlineData("http://example.com/a.png", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    [InlineData("file:///etc/passwd", false)]
    public void OnlyHttpAndHttpsUrlsPassThrough(string url, bool allowed)
    {
        Assert.Equal(allowed, MediaRegistry.IsAllowedUrl(url, out var problem));
        Assert.Equal(allowed, problem.Length == 0);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 13, 10, 26, 10 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, "image/jpeg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 }, "audio/wav")]
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 4, 0 }, "audio/mpeg")]
    [InlineData(new byte[] { 0x4F, 0x67, 0x67, 0x53 }, "audio/ogg")]
    [InlineData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }, "video/webm")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D }, "video/mp4")]
    [InlineData(new byte[] { 1, 2, 3 }, "application/octet-stream")]
    public void MediaBytesAreRecognisedByTheirSignature(byte[] bytes, string contentType)
    {
        Assert.Equal(contentType, MediaTypes.Sniff(bytes));
    }

    [Fact]
    public void SvgTextIsRecognisedWithOrWithoutAnXmlDeclaration()
    {
        Assert.Equal("image/svg+xml", MediaTypes.Sniff("<svg xmlns='http://www.w3.org/2000/svg'/>"u8));
        Assert.Equal("image/svg+xml", MediaTypes.Sniff("<?xml version='1.0'?>\n<svg/>"u8));
    }

    [Fact]
    public void SamplesBecomeA16BitPcmWavWithClampedValues()
    {
        var source = MediaSource.FromSamples([0f, 1f, -1f, 2f], sampleRate: 8000, channels: 2);

        var wav = source.Bytes!;
        Assert.Equal("audio/wav", source.ContentType);
        Assert.Equal(44 + 8, wav.Length);
        Assert.Equal(2, BitConverter.ToInt16(wav, 22));
        Assert.Equal(8000 * 2 * 2, BitConverter.ToInt32(wav, 28));
        Assert.Equal(short.MaxValue, BitConverter.ToInt16(wav, 46));
        Assert.Equal(-short.MaxValue, BitConverter.ToInt16(wav, 48));
        Assert.Equal(short.MaxValue, BitConverter.ToInt16(wav, 50));
    }

    [Fact]
    public void SamplesThatDoNotFillTheChannelsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => MediaSource.FromSamples([0f, 1f, 0f], sampleRate: 8000, channels: 2));
    }
}
