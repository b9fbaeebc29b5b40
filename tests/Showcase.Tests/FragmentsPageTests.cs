using DataApps;
using DataApps.Testing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class FragmentsPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<FragmentsPage>(services => services.AddSingleton<TimeProvider>(new InstantTime())); // the slow part's work does not wait
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task TheSliderInsideRerunsOnlyTheFragment()
    {
        using var app = await OpenAsync();

        await app.Slider("Points (inside: reruns the fragment)").SetValue(20).RunAsync();

        Assert.Equal("Whole-page runs: 1", Texts.Starting(app, "Whole-page"));
        Assert.Equal("Fragment runs: 2", Texts.Starting(app, "Fragment runs"));
        Assert.Equal(20, Assert.Single(Assert.Single(app.Charts).Series).Points);
    }

    [Fact]
    public async Task TheSeedOutsideRerunsThePageAndTheFragment()
    {
        using var app = await OpenAsync();

        await app.NumberInput("Seed (outside: reruns everything)").SetValue(7).RunAsync();

        Assert.Equal("Whole-page runs: 2", Texts.Starting(app, "Whole-page"));
        Assert.Equal("Fragment runs: 2", Texts.Starting(app, "Fragment runs"));
    }

    [Fact]
    public async Task TheClockTicksWithoutRunningThePage()
    {
        using var app = await OpenAsync();

        await app.TickAsync();
        await app.TickAsync();

        Assert.Equal("Ticks: 3", Texts.Starting(app, "Ticks"));
        Assert.Equal("Whole-page runs: 1", Texts.Starting(app, "Whole-page"));
        Assert.Equal("Fragment runs: 1", Texts.Starting(app, "Fragment runs"));
    }
}
