using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataApps.Tests.Shared;

/// <summary>
/// An app (<typeparamref name="TEntryPoint"/>: its Program) in Development with the given settings, on a real socket at a
/// port chosen in advance (a sign-in provider must know the app's address first), logging warnings and errors to <paramref name="log"/>.
/// </summary>
internal class LoopbackApp<TEntryPoint>(int port, IReadOnlyDictionary<string, string?> settings, ILoggerProvider? log = null)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    /// <summary>The app's address, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; } = new($"http://127.0.0.1:{port}/");

    /// <summary>Starts the server.</summary>
    public Uri Start()
    {
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        return Address;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Warning);
            if (log is not null)
            {
                logging.AddProvider(log);
            }
        });
    }
}

/// <summary>The Showcase with sign-in settings, on a real socket at a port chosen in advance.</summary>
internal sealed class SignInShowcase(int port, IReadOnlyDictionary<string, string?> settings, ILoggerProvider? log = null)
    : LoopbackApp<Program>(port, settings, log);
