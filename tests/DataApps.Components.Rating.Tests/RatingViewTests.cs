using Bunit;
using DataApps.Components.Rating;
using DataApps.Components.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace DataApps.Components.Rating.Tests;

/// <summary>The rating's renderer in bUnit: one button per star, a click sends the number of stars.</summary>
public sealed class RatingViewTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private readonly RecordingSink _sink = new();

    public RatingViewTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
    }

    [Fact]
    public void ClickingAStarSendsItsNumber()
    {
        var cut = Render(Rating(value: 0));

        cut.Find("button[data-star='4']").Click();

        Assert.Equal(("rating-1", (object?)4), Assert.Single(_sink.Values));
    }

    [Fact]
    public void ClickingTheChosenStarClearsTheRating()
    {
        var cut = Render(Rating(value: 3));

        cut.Find("button[data-star='3']").Click();

        Assert.Equal(("rating-1", (object?)0), Assert.Single(_sink.Values));
    }

    [Fact]
    public void TheStarsUpToTheValueAreFilled()
    {
        var cut = Render(Rating(value: 2));

        Assert.Equal(5, cut.FindAll(".da-rating-star").Count);
        Assert.Equal(["1", "2"], cut.FindAll(".da-rating-filled").Select(s => s.GetAttribute("data-star")));
        Assert.Equal("true", cut.Find("button[data-star='2']").GetAttribute("aria-checked"));
        Assert.Contains("Rate it", cut.Find("label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheStarsFollowTheElementWhenARerunChangesIt()
    {
        var cut = Render(Rating(value: 1));

        cut.Render(p => p.Add(v => v.Element, Rating(value: 4)));

        Assert.Equal(4, cut.FindAll(".da-rating-filled").Count);
    }

    [Fact]
    public void ADisabledRatingHasDisabledStars()
    {
        var cut = Render(Rating(value: 1) with { Disabled = true });

        Assert.All(cut.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void AReadOnlyRatingHasNoButtons()
    {
        var cut = Render(Rating(value: 3) with { ReadOnly = true });

        Assert.Empty(cut.FindAll("button"));
        Assert.Equal(3, cut.FindAll(".da-rating-filled").Count);
    }

    [Fact]
    public void WithoutRegistrationThePageNamesTheCallsToAdd()
    {
        var cut = _context.Render<MissingRendererView>(p => p.Add(v => v.ElementType, typeof(RatingElement)));

        Assert.Contains("AddDataApps().AddRatingComponent()", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("AddElement&lt;RatingElement, RatingView&gt;()", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRatingComponentRegistersTheView()
    {
        var services = new ServiceCollection();
        services.AddOptions();
        new Builder(services).AddRatingComponent();
        services.AddSingleton<ElementRegistry>();

        var registry = services.BuildServiceProvider().GetRequiredService<ElementRegistry>();

        Assert.Equal(typeof(RatingView), registry.ViewFor(typeof(RatingElement)));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static RatingElement Rating(int value) => new("rating-1", "Rate it", value, Max: 5, RatingSize.Medium, ReadOnly: false);

    private IRenderedComponent<RatingView> Render(RatingElement element) =>
        _context.Render<RatingView>(p => p.Add(v => v.Element, element).AddCascadingValue<IWidgetSink>(_sink));

    private sealed class RecordingSink : IWidgetSink
    {
        public List<(string WidgetId, object? Value)> Values { get; } = [];

        public void SetValue(string widgetId, object? value) => Values.Add((widgetId, value));

        public void Trigger(string widgetId)
        {
        }
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
