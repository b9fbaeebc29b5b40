using DataApps.Testing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Pages;

namespace Showcase.Tests;

/// <summary>The fragments page's "Side by side" section: a slow fragment and a fast one, each on its own timer.</summary>
public sealed class ParallelFragmentsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<FragmentsPage>(services => services.AddSingleton<TimeProvider>(new InstantTime()));
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task ThePagesOwnRunDoesNotWaitForTheSlowWork()
    {
        using var app = await OpenAsync();

        Assert.Equal("Slow part: waiting for its timer", Texts.Starting(app, "Slow part"));
        Assert.Equal("Fast part runs: 1", Texts.Starting(app, "Fast part"));
    }

    [Fact]
    public async Task ATickRunsTheSlowWorkAndTheFastPartTogether()
    {
        using var app = await OpenAsync();

        await app.TickAsync();

        Assert.StartsWith("Slow run 1: done; the fast part ran ", Texts.Starting(app, "Slow run"), StringComparison.Ordinal);
        Assert.Equal("Fast part runs: 2", Texts.Starting(app, "Fast part"));
        Assert.Equal("Whole-page runs: 1", Texts.Starting(app, "Whole-page"));
    }
}
