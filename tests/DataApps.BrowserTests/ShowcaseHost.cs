using DataApps.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataApps.BrowserTests;

/// <summary>
/// The Showcase app hosted in the test process on a real socket: .NET 10's <c>UseKestrel()</c> makes
/// <see cref="WebApplicationFactory{TEntryPoint}"/> start Kestrel instead of the in-memory TestServer,
/// so a browser can open the page and keep a SignalR circuit.
/// </summary>
internal sealed class ShowcaseHost : WebApplicationFactory<Program>
{
    private readonly ServerLog _log;
    private readonly Action<IServiceCollection>? _testServices;

    /// <param name="log">Where the server's warnings and errors go.</param>
    /// <param name="testServices">More services for a test collection (test pages), added after the app's own.</param>
    public ShowcaseHost(ServerLog log, Action<IServiceCollection>? testServices = null)
    {
        _log = log;
        _testServices = testServices;
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0)); // 127.0.0.1, a free port
    }

    /// <summary>Starts the server and returns its base address (http://127.0.0.1:PORT/).</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report its address.");
        return new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: static web assets (_content/…, blazor.web.js) resolve from the build output's
        // manifests, as with `dotnet run`; it also shows exception details on the page.
        builder.UseEnvironment(Environments.Development);
        builder.ConfigureLogging(logging =>
        {
            // The server's warnings and errors go to a log the tests print when they fail, not to the console.
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(_log);
        });
        if (_testServices is not null)
        {
            builder.ConfigureTestServices(_testServices);
        }
    }
}
