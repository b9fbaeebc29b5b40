using DataApps.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.ImageAnnotator.Tests;

/// <summary>Where the image comes from (a URL, a path in the app, bytes as a data: URL) and how the library registers.</summary>
public sealed class AnnotatorImageTests
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Theory]
    [InlineData("images/street.svg")]
    [InlineData("/images/street.svg")]
    [InlineData("https://example.com/a.jpg")]
    [InlineData("http://127.0.0.1:5000/a.jpg")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("photos/a:b.png")]
    public void PathsInTheAppHttpAndDataImageUrlsGoToTheBrowserAsTheyAre(string url) =>
        Assert.Equal(url, AnnotatorImage.FromUrl(url).Url);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>1</script>")]
    public void OtherSchemesAreRefused(string url)
    {
        var ex = Assert.Throws<ArgumentException>(() => AnnotatorImage.FromUrl(url));
        Assert.Contains("path in the app, an http(s) URL or a data:image/ URL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesBecomeADataUrlWithTheirDetectedType()
    {
        var image = AnnotatorImage.FromBytes(PngHeader);

        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(PngHeader), image.Url);
        Assert.StartsWith("data:image/jpeg;", AnnotatorImage.FromBytes([0xFF, 0xD8, 0xFF, 0xE0]).Url, StringComparison.Ordinal);
        Assert.StartsWith("data:image/svg+xml;", AnnotatorImage.FromBytes("<?xml version=\"1.0\"?><svg width=\"2\"/>"u8.ToArray()).Url, StringComparison.Ordinal);
        Assert.StartsWith("data:image/avif;", AnnotatorImage.FromBytes([1, 2, 3], "image/avif").Url, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesOfNoKnownImageTypeNeedAnImageContentType()
    {
        Assert.Throws<ArgumentException>(() => AnnotatorImage.FromBytes([1, 2, 3]));
        Assert.Throws<ArgumentException>(() => AnnotatorImage.FromBytes(PngHeader, "text/html"));
    }

    [Fact]
    public async Task ImageBytesOverTheUsualArgumentLimitStillShowBecauseTheLimitGrowsWithTheImage()
    {
        var big = new byte[400 * 1024];
        PngHeader.CopyTo(big, 0);
        using var app = AppTest.FromFunction(ui => ui.ImageAnnotator(big, ["cat"], key: "a"));

        await app.RunAsync();

        Assert.Empty(app.Get<ErrorElement>());
        Assert.StartsWith("data:image/png;base64,", app.Component("a").Args.GetProperty("src").GetString(), StringComparison.Ordinal);
        Assert.True(app.Component("a").Element.MaxSize > big.Length);
    }

    [Fact]
    public void AddImageAnnotatorComponentRegistersTheModule()
    {
        var services = new ServiceCollection();

        new Builder(services).AddImageAnnotatorComponent();

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsComponentOptions>>().Value;
        Assert.Equal("_content/DataApps.Components.ImageAnnotator/imageAnnotator.js", options.ModuleFor("image-annotator"));
    }

    [Fact]
    public void NoFrameworkAssemblyGrantsTheLibraryItsInternals()
    {
        var library = typeof(AnnotationBox).Assembly.GetName().Name;
        System.Reflection.Assembly[] framework = [typeof(Ui).Assembly, typeof(ElementView<>).Assembly];

        var grants = framework
            .SelectMany(a => System.Reflection.CustomAttributeExtensions.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>(a))
            .Select(a => a.AssemblyName);

        Assert.DoesNotContain(library, grants);
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
