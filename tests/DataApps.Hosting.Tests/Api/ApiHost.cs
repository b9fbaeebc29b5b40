using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DataApps.Components;
using DataApps.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Tests.Api;

/// <summary>The Showcase on a real socket with the API test pages beside its own, errors shown as in Production.</summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    private readonly int _port = DevIdentity.FreePort();

    public ApiHost()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, _port));
        StartServer();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A client of the app's real address.</summary>
    public HttpClient Http { get; }

    /// <summary>What the app logged (warnings and up).</summary>
    internal ServerLog Log { get; } = new();

    /// <summary>POSTs <paramref name="json"/> as application/json to <c>/api/pages/{route}</c>.</summary>
    public async Task<(System.Net.HttpStatusCode Status, JsonObject Body, string ContentType)> PostAsync(string route, string json, string contentType = "application/json")
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await Http.PostAsync("api/pages/" + route, content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject(), response.Content.Headers.ContentType?.MediaType ?? "");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development); // static web assets from the build output
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(Log);
        });
        builder.ConfigureTestServices(services =>
        {
            services.Configure<DataAppsOptions>(o => o.ShowErrorDetails = false); // as in Production
            ApiTestPages.Add(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        Http.Dispose();
        base.Dispose(disposing);
    }
}
