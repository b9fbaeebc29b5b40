using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Json = System.Text.Json.JsonElement;

namespace DataApps.Hosting.Tests.Files;

/// <summary>Malformed requests to the file endpoints answer 400, not 500: raw bytes on a socket to a real Kestrel.</summary>
public sealed class FileBadRequestTests(FileEndpointsTests.Host host) : IClassFixture<FileEndpointsTests.Host>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASliceWithABadChunkSizeLineAnswers400AndTheUploadCanResume()
    {
        var files = host.Open();
        files.RegisterUploader("w", null, []);
        var begin = await host.Client.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=a.bin&size=3", null, Ct);
        var id = (await begin.Content.ReadFromJsonAsync<Json>(Ct)).GetProperty("id").GetString();

        var status = await SendRawAsync(
            $"POST {files.BaseUrl}/uploads/{id}?offset=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
            $"Cookie: {DataApps.Hosting.Files.FileOwner.CookieName}={FileEndpointsTests.Host.Browser}\r\n" +
            "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", status, StringComparison.Ordinal);
        var resumed = await host.Client.PostAsync($"{files.BaseUrl}/uploads/{id}?offset=0", new ByteArrayContent([1, 2, 3]), Ct);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
    }

    [Fact]
    public async Task AnOffsetThatIsNotANumberAnswers400()
    {
        var files = host.Open();
        files.RegisterUploader("w", null, []);

        var status = await SendRawAsync(
            $"POST {files.BaseUrl}/uploads/x?offset=abc HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
            $"Cookie: {DataApps.Hosting.Files.FileOwner.CookieName}={FileEndpointsTests.Host.Browser}\r\nContent-Length: 0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASizeThatIsNotANumberAnswers400()
    {
        var files = host.Open();
        files.RegisterUploader("w", null, []);

        var status = await SendRawAsync(
            $"POST {files.BaseUrl}/uploads?widget=w&name=a&size=lots HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
            $"Cookie: {DataApps.Hosting.Files.FileOwner.CookieName}={FileEndpointsTests.Host.Browser}\r\nContent-Length: 0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", status, StringComparison.Ordinal);
    }

    /// <summary>Sends <paramref name="request"/> as bytes and returns the response's status line.</summary>
    private async Task<string> SendRawAsync(string request)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var socket = new TcpClient();
        await socket.ConnectAsync(host.Address.Host, host.Address.Port, timeout.Token);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync(timeout.Token) ?? "(the connection closed without a response)";
    }
}
