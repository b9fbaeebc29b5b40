using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DataApps.Files;
using DataApps.Hosting.Files;
using DataApps.Media;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>File URLs reach the logs (Seq included) and the traces with <c>***</c> for the session's token.</summary>
public sealed class TokenRedactionTests
{
    private const string Browser = "RedactionBrowserCCCCCCCCCCCCCCCCCCCCCCCCCCC";
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 9, 9];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoLogEventOrTraceCarriesASessionsToken()
    {
        await using var seq = await SeqLoggingTests.SeqReceiver.StartAsync();
        var settings = SeqLoggingTests.SeqAt(seq.Url);
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug"; // ASP.NET Core's own request, routing and endpoint logs too
        var traces = new Collector();
        await using var app = new OperationsApp(settings).WithWebHostBuilder(b => b.ConfigureTestServices(
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(traces))));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{FileOwner.CookieName}={Browser}");
        var files = app.Services.GetRequiredService<FileStore>().Open();
        files.BindOwner("browser:" + Browser);
        files.RegisterUploader("w", null, []);
        var media = MediaRegistry.Resolve(Png, files, "ui.Image").Url!;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(media, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=a.txt&size=1", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{files.BaseUrl}/downloads/none", Ct)).StatusCode);
        var logged = await seq.WaitForAsync(e => e.TryGetProperty("Path", out var path) && path.GetString()!.EndsWith("/downloads/none", StringComparison.Ordinal)
            && e.TryGetProperty("StatusCode", out _));
        await seq.WaitForAsync(e => e.TryGetProperty("RequestPath", out var path) && path.GetString()!.Contains("/downloads/none", StringComparison.Ordinal));

        Assert.Equal($"{FileStore.BasePath}/***/downloads/none", logged.GetProperty("Path").GetString());
        var leaks = seq.Events.Select(e => e.ToString()).Where(e => e.Contains(files.Token, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "Logged with the token:\n" + string.Join('\n', leaks));
        var served = traces.Ended.Where(a => a.Kind == ActivityKind.Server && (a.GetTagItem("url.path") as string ?? "").Contains("/media/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(served);
        Assert.All(served, a => Assert.StartsWith($"{FileStore.BasePath}/***/media/", (string)a.GetTagItem("url.path")!, StringComparison.Ordinal));
        var traced = traces.Ended.SelectMany(a => a.TagObjects.Select(t => $"{a.DisplayName} {t.Key}={t.Value}"))
            .Where(t => t.Contains(files.Token, StringComparison.Ordinal)).ToList();
        Assert.True(traced.Count == 0, "Traced with the token:\n" + string.Join('\n', traced));
    }

    [Theory]
    [InlineData("/_dataapps/files/abcDEF-_123/media/x", "/_dataapps/files/***/media/x")]
    [InlineData("GET http://h/_dataapps/files/tok?x=1", "GET http://h/_dataapps/files/***?x=1")]
    [InlineData("_dataapps/files/tok/downloads/d", "_dataapps/files/***/downloads/d")]
    [InlineData("/other/path", "/other/path")]
    public void RedactReplacesOnlyTheToken(string text, string expected) => Assert.Equal(expected, FileStore.Redact(text));

    /// <summary>Keeps every activity that ends, after the app's own processors have seen it.</summary>
    private sealed class Collector : BaseProcessor<Activity>
    {
        public ConcurrentQueue<Activity> Ended { get; } = new();

        public override void OnEnd(Activity data) => Ended.Enqueue(data);
    }
}
