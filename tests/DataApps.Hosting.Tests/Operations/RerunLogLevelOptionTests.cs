using DataApps.Hosting.Circuits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Tests.Operations;

/// <summary><c>DataApps:Operations:RerunLogLevel</c> and <c>TimedRerunLogLevel</c> reach every session the app makes.</summary>
public sealed class RerunLogLevelOptionTests
{
    private static SessionOptionsSeen SessionOptionsWith(IEnumerable<KeyValuePair<string, string?>> settings, bool operations = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new Environment());
        var builder = services.AddDataApps();
        if (operations)
        {
            builder.AddOperations(configuration);
        }

        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<SessionHost>().Session;
        return new(session.Options.RerunLogLevel, session.Options.TimedRerunLogLevel);
    }

    [Fact]
    public void TheConfiguredLevelsReachTheSession()
    {
        var seen = SessionOptionsWith([
            new("DataApps:Operations:RerunLogLevel", "Debug"),
            new("DataApps:Operations:TimedRerunLogLevel", "None"),
        ]);

        Assert.Equal(new SessionOptionsSeen(LogLevel.Debug, LogLevel.None), seen);
    }

    [Fact]
    public void WithoutSettingsUserRerunsLogAtInformationAndTimerTicksAtDebug()
    {
        Assert.Equal(new SessionOptionsSeen(LogLevel.Information, LogLevel.Debug), SessionOptionsWith([]));
        Assert.Equal(new SessionOptionsSeen(LogLevel.Information, LogLevel.Debug), SessionOptionsWith([], operations: false));
    }

    private sealed record SessionOptionsSeen(LogLevel Rerun, LogLevel Timed);

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
