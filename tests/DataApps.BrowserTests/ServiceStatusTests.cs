using DataApps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>ui.ServiceStatus in a real browser: a green, amber or red dot with the name and the summary in words.</summary>
[Collection(nameof(ServiceStatusCollection))]
public sealed class ServiceStatusTests(ServiceStatusFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task EachStateHasADotOfItsOwnColourBesideTheNameAndTheSummary()
    {
        var app = await NewPageAsync();
        await app.Page.SetViewportSizeAsync(1000, 520); // the size of the docs' screenshot
        await app.GotoAsync(ServiceStatusPages.Route);

        var lines = app.Main.Locator(".da-service-status");
        await Expect(lines).ToHaveCountAsync(3);
        await Expect(lines.Locator(".da-service-name")).ToHaveTextAsync(["sentiment", "ranker", "translator"]);
        await Expect(lines.Locator(".da-service-summary")).ToHaveTextAsync(["up · 12 ms", "degraded · 1.8 s (slow)", "down · connection refused (127.0.0.1:5081)"]);
        var colours = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            colours.Add(await lines.Nth(i).Locator(".da-service-dot").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        }

        Assert.Equal(3, colours.Distinct().Count()); // green, amber, red: the theme's success, warning and error colours
        await Expect(app.Main.Locator(".da-service-status[data-state='down']")).ToHaveAttributeAsync("aria-label", "translator: down · connection refused (127.0.0.1:5081)");
        await Screenshots.SaveIfRequestedAsync(app.Page, "service-status.png");
    }
}

/// <summary>A page with three services, one in each state, and the message of a failed call.</summary>
internal static class ServiceStatusPages
{
    public const string Route = "/test-service-status";

    public static void Add(IServiceCollection services) => services.AddDataApps().AddPage(Route, ui =>
    {
        ui.Header("Model services");
        ui.ServiceStatus("sentiment", ServiceHealth.Up(TimeSpan.FromMilliseconds(12)));
        ui.ServiceStatus("ranker", ServiceHealth.Degraded(TimeSpan.FromMilliseconds(1800), "slow"));
        ui.ServiceStatus("translator", ServiceHealth.Down("connection refused (127.0.0.1:5081)"));
        ui.TextInput("Review", "The plot was thin but the acting was good.");
        ui.Metric("Sentiment", "positive (0.91)");
        ui.Error("The translator failed: connection refused (127.0.0.1:5081)");
        return Task.CompletedTask;
    }, "Model services");
}

public sealed class ServiceStatusFixture : ShowcaseFixture
{
    private protected override ShowcaseHost CreateHost(ServerLog log) => new(log, ServiceStatusPages.Add);
}

/// <summary>The service status test runs alone, like the Showcase collection (two slow cores).</summary>
[CollectionDefinition(nameof(ServiceStatusCollection), DisableParallelization = true)]
public sealed class ServiceStatusCollection : ICollectionFixture<ServiceStatusFixture>;
