using System.Net;
using System.Net.Http.Headers;
using DataApps.Files;
using DataApps.Media;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Files;

/// <summary>The media endpoint (<c>/_dataapps/files/{token}/media/{id}</c>) on a real Kestrel socket.</summary>
public sealed class MediaEndpointTests(FileEndpointsTests.Host host) : IClassFixture<FileEndpointsTests.Host>
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 1, 2, 3, 4, 5, 6, 7, 8];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MediaIsServedInlineWithItsContentTypeAndCacheableHeaders()
    {
        var files = Open();
        var url = MediaRegistry.Resolve(Png, files, "ui.Image").Url!;

        var response = await host.Client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Contains("nosniff", response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSessionsTokenDoesNotReachTheMedia()
    {
        var mine = Open();
        var theirs = Open();
        var url = MediaRegistry.Resolve(Png, theirs, "ui.Image").Url!;
        var id = url[(url.LastIndexOf('/') + 1)..];

        var response = await host.Client.GetAsync($"{mine.BaseUrl}/media/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ARangeRequestGetsPartialContent()
    {
        var files = Open();
        var url = MediaRegistry.Resolve(Png, files, "ui.Image").Url!;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(4, 7);

        var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(Png[4..8], await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task ReleasedMediaAnswers404()
    {
        var files = Open();
        var url = MediaRegistry.Resolve(Png, files, "ui.Image").Url!;

        files.RetainMedia(new HashSet<string>());
        var response = await host.Client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AShownFileDeletedSinceAnswers404()
    {
        var files = Open();
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, Png, Ct);
        var url = MediaRegistry.Resolve(MediaSource.FromFile(path, "image/png"), files, "ui.Image").Url!;

        File.Delete(path);
        var response = await host.Client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheSameMediaAskedAgainWithItsETagIsNotModified()
    {
        var files = Open();
        var url = MediaRegistry.Resolve(Png, files, "ui.Image").Url!;
        var first = await host.Client.GetAsync(url, Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await host.Client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private SessionFiles Open() => host.Open();
}
