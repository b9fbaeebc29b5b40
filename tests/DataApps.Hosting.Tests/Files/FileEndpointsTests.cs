using System.Net;
using System.Net.Http.Json;
using Json = System.Text.Json.JsonElement;
using DataApps.Files;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Files;

/// <summary>The upload and download endpoints on a real Kestrel socket, with the Showcase app and a 2 GB upload limit.</summary>
public sealed class FileEndpointsTests(FileEndpointsTests.Host host) : IClassFixture<FileEndpointsTests.Host>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFileUploadedInSlicesArrivesWhole()
    {
        var (files, client) = Session();
        var content = Enumerable.Range(0, 3000).Select(i => (byte)i).ToArray();

        var id = await BeginAsync(client, files, "w", "data.bin", content.Length);
        var first = await client.PostAsync(Slice(files, id, 0), new ByteArrayContent(content[..1000]), Ct);
        var second = await client.PostAsync(Slice(files, id, 1000), new ByteArrayContent(content[1000..]), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<Json>(Ct);
        Assert.True(body.GetProperty("completed").GetBoolean());
        Assert.Equal(content, Assert.Single(files.Completed("w", [id])).ReadAllBytes());
    }

    [Fact]
    public async Task UploadedBytesAreCountedForTheMetrics()
    {
        long counted = 0;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DataAppsTelemetry.MeterName && instrument.Name == "dataapps.upload")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref counted, value));
        listener.Start();
        var (files, client) = Session();

        var id = await BeginAsync(client, files, "m", "metrics.bin", 2500);
        (await client.PostAsync(Slice(files, id, 0), new ByteArrayContent(new byte[2500]), Ct)).EnsureSuccessStatusCode();

        Assert.True(Interlocked.Read(ref counted) >= 2500, $"counted {counted}"); // other tests upload at the same time
    }

    [Fact]
    public async Task ASliceOutOfOrderIsRefusedWithTheOffsetToResumeFrom()
    {
        var (files, client) = Session();
        var id = await BeginAsync(client, files, "w", "a.bin", 10);
        await client.PostAsync(Slice(files, id, 0), new ByteArrayContent(new byte[4]), Ct);

        var response = await client.PostAsync(Slice(files, id, 8), new ByteArrayContent(new byte[2]), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(4, (await response.Content.ReadFromJsonAsync<Json>(Ct)).GetProperty("received").GetInt64());
    }

    [Fact]
    public async Task AnOversizedFileIsRefusedBeforeUploadingWithAMessageNamingLimitAndSize()
    {
        var (files, client) = Session();
        files.RegisterUploader("w", maxSize: 1024 * 1024, []);

        var response = await client.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=huge.csv&size={3L * 1024 * 1024 * 1024}", null, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<Json>(Ct)).GetProperty("message").GetString();
        Assert.Equal("huge.csv is 3 GB, larger than the upload limit of 1 MB.", message);
    }

    [Fact]
    public async Task AnotherSessionsTokenOrAMadeUpOneFindsNothing()
    {
        var (mine, client) = Session();
        var (theirs, _) = Session();
        mine.RegisterUploader("w", null, []);
        var id = await BeginAsync(client, theirs, "w", "secret.txt", 1);
        await client.PostAsync(Slice(theirs, id, 0), new ByteArrayContent([42]), Ct);
        theirs.SetDownload("d", new DownloadSource(() => new MemoryStream([42]), "secret.txt", "text/plain", 1));

        var slice = await client.PostAsync($"{mine.BaseUrl}/uploads/{id}?offset=0", new ByteArrayContent([1]), Ct);
        var download = await client.GetAsync($"{mine.BaseUrl}/downloads/d", Ct);
        var guessed = await client.GetAsync($"{FileStore.BasePath}/not-a-token/downloads/d", Ct);

        Assert.Equal(HttpStatusCode.NotFound, slice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task ADownloadStreamsTheBytesAsAnAttachmentWithItsContentType()
    {
        var (files, client) = Session();
        var url = files.SetDownload("d", new DownloadSource(() => new MemoryStream("a,b\n1,2\n"u8.ToArray()), "data ü.csv", "text/csv; charset=utf-8", null));

        using var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("data ü.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("a,b\n1,2\n"u8.ToArray(), await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact(Timeout = 300_000)]
    public async Task AOneGigabyteUploadStreamedInEightMegabyteSlicesCompletesAndEndingTheSessionDeletesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        const long size = 1L << 30;
        const int sliceSize = 8 << 20;
        var (files, client) = Session();
        var id = await BeginAsync(client, files, "w", "big.bin", size);
        var slice = new byte[sliceSize];
        new Random(1).NextBytes(slice);

        long offset = 0;
        Json last = default;
        while (offset < size)
        {
            using var response = await client.PostAsync(Slice(files, id, offset), new ByteArrayContent(slice), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            last = await response.Content.ReadFromJsonAsync<Json>(ct);
            offset = last.GetProperty("received").GetInt64();
        }

        Assert.True(last.GetProperty("completed").GetBoolean());
        var file = Assert.Single(files.Completed("w", [id]));
        Assert.Equal(size, new FileInfo(file.Path).Length);

        files.Dispose();

        Assert.False(File.Exists(file.Path));
    }

    private (SessionFiles Files, HttpClient Client) Session() => (host.Open(), host.Client);

    private static async Task<string> BeginAsync(HttpClient client, SessionFiles files, string widget, string name, long size)
    {
        files.RegisterUploader(widget, null, []);
        using var response = await client.PostAsync($"{files.BaseUrl}/uploads?widget={widget}&name={Uri.EscapeDataString(name)}&size={size}&type=application/octet-stream", null, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Json>(Ct)).GetProperty("id").GetString()!;
    }

    private static string Slice(SessionFiles files, string id, long offset) => $"{files.BaseUrl}/uploads/{id}?offset={offset}";

    /// <summary>
    /// Showcase on Kestrel (127.0.0.1, a free port), so Kestrel's own request limits are in play. <see cref="Client"/> is one
    /// browser (it sends <see cref="Browser"/>'s cookie), and <see cref="Open"/> opens sessions that belong to it.
    /// </summary>
    public class Host : WebApplicationFactory<Program>
    {
        /// <summary>The browser cookie of <see cref="Client"/>.</summary>
        public const string Browser = "TestBrowserAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        private HttpClient? _client;

        public Host() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        /// <summary>The host environment: Development shows exception details; Production is what users get.</summary>
        protected virtual string Environment => "Development";

        public HttpClient Client => _client ??= CreateKestrelClient(Browser);

        /// <summary>The server's address (http://127.0.0.1:PORT/).</summary>
        public Uri Address => Client.BaseAddress!;

        /// <summary>Opens a session whose files belong to <see cref="Client"/>'s browser.</summary>
        internal SessionFiles Open()
        {
            var files = Services.GetRequiredService<FileStore>().Open();
            files.BindOwner("browser:" + Browser);
            return files;
        }

        /// <summary>A client of another browser: its own cookie, or none.</summary>
        public HttpClient CreateKestrelClient(string? browser)
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
            if (browser is not null)
            {
                client.DefaultRequestHeaders.Add("Cookie", $"{DataApps.Hosting.Files.FileOwner.CookieName}={browser}");
            }

            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(Environment);
            builder.ConfigureServices(services => services.Configure<DataAppsOptions>(o => o.MaxUploadSize = 2L * 1024 * 1024 * 1024));
        }

        protected override void Dispose(bool disposing)
        {
            _client?.Dispose();
            base.Dispose(disposing);
        }
    }
}
