using DataApps.Components.Rating;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class RatingPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<RatingPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task ThePageStartsWithoutARating()
    {
        using var app = await OpenAsync();

        Assert.Equal("You gave 0 of 5 stars. No rating yet.", Texts.Starting(app, "You gave"));
        Assert.Equal(5, app.Widget<RatingElement>("rating").Element.Max);
    }

    [Fact]
    public async Task RatingTheFrameworkShowsTheVerdict()
    {
        using var app = await OpenAsync();

        await app.Widget<RatingElement>("How do you like DataApps?").SetValue(5).RunAsync();

        Assert.Equal("You gave 5 of 5 stars. Excellent!", Texts.Starting(app, "You gave"));
    }

    [Fact]
    public async Task TheReviewArrivesWithItsSubmitButton()
    {
        using var app = await OpenAsync();

        app.Widget<RatingElement>("Food").SetValue(4);
        await app.Widget<RatingElement>("Service").SetValue(3).RunAsync();
        Assert.Equal("Review received: food 0, service 0.", Texts.Starting(app, "Review"));

        await app.SubmitButton("Send review").Click().RunAsync();

        Assert.Equal("Review received: food 4, service 3.", Texts.Starting(app, "Review"));
    }

    [Fact]
    public async Task TheReadOnlyAndDisabledRatingsCannotBeChanged()
    {
        using var app = await OpenAsync();

        Assert.True(app.Widget<RatingElement>("Average of all reviews").Element.ReadOnly);
        Assert.Throws<InvalidOperationException>(() => app.Widget<RatingElement>("Disabled").SetValue(5));
    }
}
