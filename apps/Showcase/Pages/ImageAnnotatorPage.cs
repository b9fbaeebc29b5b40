using DataApps;
using DataApps.Components.ImageAnnotator;

namespace Showcase.Pages;

/// <summary>The ImageAnnotator component: a small labeling tool that corrects a model's suggested boxes on a street scene.</summary>
[Page("/components/image-annotator", Title = "Image annotator", Icon = "select_all", Section = "Components", Order = 30)]
public sealed class ImageAnnotatorPage : DataPage
{
    /// <summary>The labels the annotator offers.</summary>
    public static readonly string[] Labels = ["person", "car", "bicycle", "dog", "cat", "tree"];

    /// <summary>What a (pretend) detection model found in wwwroot/images/street.svg: a little off, one label wrong, the bicycle missed.</summary>
    public static readonly AnnotationBox[] Suggestions =
    [
        new("tree", 30, 108, 132, 204),
        new("person", 188, 188, 34, 132),
        new("person", 558, 185, 34, 135),
        new("car", 440, 330, 200, 90),
        new("cat", 600, 266, 98, 56),
    ];

    protected override void Run(Ui ui)
    {
        ui.Title("Image annotator");
        ui.Markdown("""
            `ui.ImageAnnotator` comes from the **DataApps.Components.ImageAnnotator** library, a JS component registered with
            `AddImageAnnotatorComponent()`. A detection model suggested the boxes below: correct them. Drag on the image to
            draw a box with the current label, drag a box to move it or its handles to resize it, pick a label to relabel the
            selected box, and press **Delete box** to remove it. Every change reruns the page with the boxes in image pixels.
            """);

        if (ui.Sidebar.Button("Back to the model's suggestions"))
        {
            ui.State["street"] = null;
        }

        var boxes = ui.ImageAnnotator("images/street.svg", Labels, boxes: Suggestions, key: "street");

        ui.Text($"{boxes.Count} box{(boxes.Count == 1 ? "" : "es")}: " +
            string.Join(", ", Labels.Select(l => $"{boxes.Count(b => b.Label == l)} {l}")));
        var columns = ui.Columns(Labels.Length);
        for (var i = 0; i < Labels.Length; i++)
        {
            columns[i].Metric(Labels[i], boxes.Count(b => b.Label == Labels[i]));
        }

        ui.Subheader("Boxes");
        ui.Table(boxes.Select((b, i) => new { Box = i + 1, b.Label, b.X, b.Y, b.Width, b.Height }));
    }
}
