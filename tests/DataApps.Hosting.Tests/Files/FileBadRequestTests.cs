using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Json = System.Text.Json.JsonElement;

namespace DataApps.Hosting.Tests.Files;

/// <summary>
/// Malformed requests to the file endpoints answer 400 with a JSON reason, and the request log says 400 (not an error 500): raw
/// bytes on a socket to a real Kestrel.
/// </summary>
public sealed class FileBadRequestTests(FileBadRequestTests.LoggedHost host) : IClassFixture<FileBadRequestTests.LoggedHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Cookie => $"Cookie: {DataApps.Hosting.Files.FileOwner.CookieName}={FileEndpointsTests.Host.Browser}\r\n";

    [Fact]
    public async Task ASliceWithABadChunkSizeLineAnswers400AndTheUploadCanResume()
    {
        var files = host.Open();
        files.RegisterUploader("w", null, []);
        var begin = await host.Client.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=a.bin&size=3", null, Ct);
        var id = (await begin.Content.ReadFromJsonAsync<Json>(Ct)).GetProperty("id").GetString()!;

        var (status, body) = await SendRawAsync(
            $"POST {files.BaseUrl}/uploads/{id}?offset=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{Cookie}" +
            "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", status, StringComparison.Ordinal);
        Assert.Equal(400, await host.LoggedStatusAsync(id));
        Assert.Contains("\"message\":\"The slice is malformed: Bad chunk size data.\"", body, StringComparison.Ordinal);
        var resumed = await host.Client.PostAsync($"{files.BaseUrl}/uploads/{id}?offset=0", new ByteArrayContent([1, 2, 3]), Ct);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
    }

    [Fact]
    public async Task AnOffsetThatIsNotANumberAnswers400()
    {
        var files = host.Open();

        var (status, _) = await SendRawAsync(
            $"POST {files.BaseUrl}/uploads/not-a-number-test?offset=abc HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{Cookie}Content-Length: 0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", status, StringComparison.Ordinal);
        Assert.Equal(400, await host.LoggedStatusAsync("not-a-number-test"));
    }

    /// <summary>Sends <paramref name="request"/> as bytes and returns the response's status line and the rest (<c>Connection: close</c>: the server closes the connection).</summary>
    private async Task<(string Status, string Body)> SendRawAsync(string request)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var socket = new TcpClient();
        await socket.ConnectAsync(host.Address.Host, host.Address.Port, timeout.Token);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync(timeout.Token) ?? "(the connection closed without a response)";
        return (status, await reader.ReadToEndAsync(timeout.Token));
    }

    /// <summary>The file endpoints' host in Production (no developer exception page), keeping DataApps' request log.</summary>
    public sealed class LoggedHost : FileEndpointsTests.Host
    {
        private readonly ConcurrentQueue<string> _requests = new();

        protected override string Environment => "Production";

        /// <summary>The status the request log gave the request whose path ends with <paramref name="pathEnd"/>.</summary>
        public async Task<int> LoggedStatusAsync(string pathEnd)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                if (_requests.FirstOrDefault(r => r.Contains(pathEnd + " responded ", StringComparison.Ordinal)) is { } line)
                {
                    return int.Parse(line.Split(" responded ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                }

                await Task.Delay(100, Ct);
            }

            throw new TimeoutException("The request was not logged; the log has:\n" + string.Join('\n', _requests));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new Collector(_requests)));
        }

        private sealed class Collector(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
        {
            public ILogger CreateLogger(string categoryName) => categoryName == "DataApps.Requests" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {formatter(state, exception)}");

            public void Dispose()
            {
            }
        }
    }
}
