namespace DataApps.Testing.Tests;

/// <summary>ui.ServiceStatus and AppTest's finder for it.</summary>
public sealed class ServiceStatusTests
{
    [Fact]
    public async Task AServiceStatusIsFoundByNameWithItsStateAndSummary()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.ServiceStatus("sentiment", ServiceHealth.Up(TimeSpan.FromMilliseconds(12)));
            ui.ServiceStatus("ranker", ServiceHealth.Down("connection refused"));
        });

        await app.RunAsync();

        Assert.Equal(2, app.ServiceStatuses.Count);
        Assert.Equal(new ServiceStatusElement("sentiment", ServiceState.Up, "up · 12 ms"), app.ServiceStatus("sentiment"));
        Assert.Equal("down · connection refused", app.ServiceStatus("ranker").Summary);
    }

    [Fact]
    public async Task TheVerbReturnsTheHealthSoThePageCanBranchOnIt()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.ServiceStatus("sentiment", ServiceHealth.Down("503 Service Unavailable")).State == ServiceState.Down)
            {
                ui.Warning("Scoring is off until the model is back.");
            }
        });

        await app.RunAsync();

        Assert.Equal("Scoring is off until the model is back.", app.Warning());
    }

    [Fact]
    public async Task AMissingServiceStatusListsTheNamesThereAre()
    {
        using var app = AppTest.FromFunction(ui => ui.ServiceStatus("sentiment", ServiceHealth.Up(TimeSpan.Zero)));
        await app.RunAsync();

        var failure = Assert.Throws<InvalidOperationException>(() => app.ServiceStatus("ranker"));

        Assert.Contains("sentiment", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyNameIsAClearErrorInThePage()
    {
        using var app = AppTest.FromFunction(ui => ui.ServiceStatus(" ", ServiceHealth.Up(TimeSpan.Zero)));

        await app.RunAsync();

        Assert.Contains("name", Assert.Single(app.Exceptions).Message, StringComparison.Ordinal);
    }
}
