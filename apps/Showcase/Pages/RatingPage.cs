using DataApps;
using DataApps.Components.Rating;

namespace Showcase.Pages;

/// <summary>Rating: the star rating of the DataApps.Components.Rating library, a custom widget built on the public registry API.</summary>
[Page("/components/rating", Title = "Rating", Icon = "star", Section = "Components", Order = 10)]
public sealed class RatingPage : DataPage
{
    private static readonly string[] Verdicts = ["No rating yet.", "Poor.", "Fair.", "Good.", "Very good.", "Excellent!"];

    protected override void Run(Ui ui)
    {
        ui.Title("Rating");
        ui.Markdown("""
            `ui.Rating` comes from the **DataApps.Components.Rating** library: a custom widget written like the built-ins
            (an element record, a spec, a Blazor view) and registered with one line, `AddDataApps().AddRatingComponent()`.
            It gets keys, state across reruns, callbacks, forms and fragments from the framework.
            """);

        var stars = ui.Rating("How do you like DataApps?", max: 5, help: "Click a star; click it again to clear.", key: "rating");
        ui.Text($"You gave {stars} of 5 stars. {Verdicts[stars]}");

        ui.Header("Sizes, read-only and disabled", divider: true);
        var columns = ui.Columns(3);
        columns[0].Rating("Small, out of 10", max: 10, value: 7, size: RatingSize.Small);
        columns[1].Rating("Average of all reviews", value: 4, size: RatingSize.Large, readOnly: true);
        columns[2].Rating("Disabled", value: 2, disabled: true);

        ui.Header("In a form", divider: true);
        var form = ui.Form("review");
        var food = form.Rating("Food");
        var service = form.Rating("Service");
        form.SubmitButton("Send review");
        ui.Text($"Review received: food {food}, service {service}.");
    }
}
