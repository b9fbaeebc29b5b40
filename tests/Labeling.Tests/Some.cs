using DataApps;
using DataApps.Components.ImageAnnotator;
using DataApps.Testing;
using Labeling.Items;
using Microsoft.Extensions.DependencyInjection;

namespace Labeling.Tests;

/// <summary>Small item sets and apps for the tests.</summary>
internal static class Some
{
    /// <summary>The car box the model suggests on img-1 (a little too wide) and the dog it mistakes for a person.</summary>
    public static readonly AnnotationBox[] SuggestedBoxes = [new("car", 10, 200, 180, 80), new("person", 400, 250, 80, 50)];

    /// <summary>Three reviews and one street scene.</summary>
    public static ItemSet Items() => new("Test items", ["positive", "negative", "neutral"], ["street", "park"], ["person", "car", "dog"],
    [
        new("txt-1", ItemKind.Text, "Great battery.", null, new("positive", 0.9)),
        new("txt-2", ItemKind.Text, "Broke in a week.", null, new("negative", 0.8)),
        new("img-1", ItemKind.Image, null, "items/scene-01.svg", new("street", 0.7, SuggestedBoxes)),
        new("txt-3", ItemKind.Text, "Arrived Tuesday.", null, new("positive", 0.55)),
    ]);

    /// <summary>A test of <typeparamref name="TPage"/> on <paramref name="store"/> (a fresh one when <c>null</c>) as <paramref name="user"/>.</summary>
    public static async Task<AppTest> OpenAsync<TPage>(IFeedbackStore? store = null, AppUser? user = null, ItemSet? items = null)
        where TPage : class, IDataPage
    {
        var app = AppTest.For<TPage>(services =>
        {
            services.AddSingleton(items ?? Items());
            if (store is not null)
            {
                services.AddSingleton(store);
            }
        });
        if (user is not null)
        {
            app.User = user;
        }

        await app.RunAsync();
        return app;
    }
}

/// <summary>A table's column as text.</summary>
internal static class TableColumns
{
    public static IReadOnlyList<string> Column(this TableHandle table, string header) => [.. table.Records.Select(r => r[header])];
}
