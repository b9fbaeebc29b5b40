using DataApps.Hosting.Feedback;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Tests.Feedback;

/// <summary><c>DataApps:Feedback</c> chooses the store; a setting that cannot work stops the app at startup, naming the setting.</summary>
public sealed class FeedbackConfigurationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dataapps-feedback-app-").FullName;

    [Fact]
    public async Task WithoutSettingsTheStoreIsSqliteInDataUnderTheContentRoot()
    {
        await using var app = Build([]);

        var store = Assert.IsType<SqliteFeedbackStore>(app.Services.GetRequiredService<IFeedbackStore>());

        Assert.Equal(Path.Combine(_root, "data", "feedback.db"), store.File);
        Assert.False(File.Exists(store.File)); // opened at first use, not at startup
    }

    [Fact]
    public async Task ARelativePathIsUnderTheContentRootAndAnAbsoluteOneIsKept()
    {
        await using var relative = Build(new() { ["DataApps:Feedback:Path"] = "state/votes.db" });
        await using var absolute = Build(new() { ["DataApps:Feedback:Path"] = "/data/feedback.db" });

        Assert.Equal(Path.Combine(_root, "state", "votes.db"), Assert.IsType<SqliteFeedbackStore>(relative.Services.GetRequiredService<IFeedbackStore>()).File);
        Assert.Equal("/data/feedback.db", Assert.IsType<SqliteFeedbackStore>(absolute.Services.GetRequiredService<IFeedbackStore>()).File);
    }

    [Theory]
    [InlineData("Memory", typeof(DataApps.Feedback.MemoryFeedbackStore))]
    [InlineData("postgresql", typeof(PostgresFeedbackStore))]
    [InlineData("Postgres", typeof(PostgresFeedbackStore))]
    public async Task TheProviderSettingChoosesTheStore(string provider, Type expected)
    {
        await using var app = Build(new() { ["DataApps:Feedback:Provider"] = provider, ["DataApps:Feedback:ConnectionString"] = provider == "Memory" ? null : "Host=127.0.0.1;Database=apps" });

        Assert.IsType(expected, app.Services.GetRequiredService<IFeedbackStore>());
    }

    [Fact]
    public async Task AStoreTheAppRegistersWins()
    {
        var mine = new DataApps.Feedback.MemoryFeedbackStore();
        await using var app = Build([], services => services.AddSingleton<IFeedbackStore>(mine));

        Assert.Same(mine, app.Services.GetRequiredService<IFeedbackStore>());
    }

    [Fact]
    public async Task AHostedSessionRecordsToTheAppsStoreOpeningItOnlyWhenAPageRecords()
    {
        await using var app = Build([]);
        using var scope = app.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<DataApps.Hosting.Circuits.SessionHost>().Session;
        Assert.False(File.Exists(Path.Combine(_root, "data", "feedback.db")));

        var store = Assert.IsType<SqliteFeedbackStore>(session.FeedbackStore);

        Assert.Same(app.Services.GetRequiredService<IFeedbackStore>(), store);
        await store.AddAsync(new FeedbackEntry { Page = "/", Item = "p-1", Kind = "thumbs", Value = "1" }, TestContext.Current.CancellationToken);
        Assert.True(File.Exists(Path.Combine(_root, "data", "feedback.db")));
        store.Dispose();
    }

    [Theory]
    [InlineData("Mongo", null, null, "DataApps:Feedback:Provider is \"Mongo\": use Sqlite (the default), PostgreSql or Memory.")]
    [InlineData("1", null, null, "DataApps:Feedback:Provider is \"1\"")]
    [InlineData("PostgreSql", null, null, "DataApps:Feedback:ConnectionString is required when DataApps:Feedback:Provider is PostgreSql")]
    [InlineData("PostgreSql", "Host=db;Colour=blue", null, "DataApps:Feedback:ConnectionString is not an Npgsql connection string")]
    [InlineData("PostgreSql", "Host=db", "x.db", "DataApps:Feedback:Path is for the SQLite store")]
    [InlineData(null, "Data Source=a.db", "b.db", "DataApps:Feedback:Path and DataApps:Feedback:ConnectionString are both set")]
    [InlineData("Sqlite", "Colour=blue", null, "DataApps:Feedback:ConnectionString is not a SQLite connection string")]
    [InlineData("Sqlite", null, "data/", "DataApps:Feedback:Path is \"data/\", which is not a file path")]
    public async Task ASettingThatCannotWorkStopsTheStartNamingIt(string? provider, string? connection, string? path, string message)
    {
        await using var app = Build(new()
        {
            ["DataApps:Feedback:Provider"] = provider,
            ["DataApps:Feedback:ConnectionString"] = connection,
            ["DataApps:Feedback:Path"] = path,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APasswordInABadConnectionStringIsNotRepeated()
    {
        await using var app = Build(new() { ["DataApps:Feedback:Provider"] = "PostgreSql", ["DataApps:Feedback:ConnectionString"] = "Host=db;Password=hunter2;Colour=blue" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private WebApplication Build(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _root, EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        services?.Invoke(builder.Services);
        builder.Services.AddDataApps();
        return builder.Build();
    }
}
