using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Formatting.Compact;

namespace DataApps.Hosting.Operations;

/// <summary>The app's Serilog logger: the <c>Serilog</c> configuration section, plus the console by default.</summary>
/// <remarks>
/// Serilog is added as a logging provider, so ASP.NET Core's <c>Logging:LogLevel</c> filters still apply and a host can
/// replace providers (tests do). Sinks are batched (Seq's is): a log server that is down or slow never blocks a request or
/// a rerun; what cannot be sent is dropped once the sink's queue is full, and Serilog's self-log says so on stderr.
/// </remarks>
internal static class SerilogSetup
{
    private static int _selfLog;

    public static Serilog.Core.Logger Create(IConfiguration configuration, IHostEnvironment environment, bool console)
    {
        if (Interlocked.Exchange(ref _selfLog, 1) == 0)
        {
            Serilog.Debugging.SelfLog.Enable(message => System.Console.Error.WriteLine("serilog: " + message));
        }

        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose() // ASP.NET Core's filters decide first
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", environment.ApplicationName)
            // The sinks DataApps ships (console, Seq) are known by name; others are named in Serilog:Using.
            .ReadFrom.Configuration(configuration, new Serilog.Settings.Configuration.ConfigurationReaderOptions(
                typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(SeqLoggerConfigurationExtensions).Assembly));
        logger.Enrich.With<TokenRedaction>(); // after the configured enrichers, so it sees every property they add (Note [Token redaction])
        if (console && !NamesConsole(configuration))
        {
            if (environment.IsDevelopment())
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        }

        return logger.CreateLogger();
    }

    // Serilog:WriteTo names the console itself (with its own format): don't add a second one.
    private static bool NamesConsole(IConfiguration configuration) =>
        configuration.GetSection("Serilog:WriteTo").GetChildren().Any(sink =>
            string.Equals(sink["Name"] ?? sink.Value, "Console", StringComparison.OrdinalIgnoreCase));

}
