using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.ImageAnnotator;

/// <summary>The image annotator verb and its registration.</summary>
public static class ImageAnnotatorUi
{
    /// <summary>The registered name of the image annotator JS component.</summary>
    public const string ComponentName = "image-annotator";

    /// <summary>The annotator module, a static asset of this library.</summary>
    public const string ModulePath = "_content/DataApps.Components.ImageAnnotator/imageAnnotator.js";

    /// <summary>Registers the image annotator JS component.</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddImageAnnotatorComponent();</c></example>
    public static IDataAppsBuilder AddImageAnnotatorComponent(this IDataAppsBuilder builder) => builder.AddJsComponent(ComponentName, ModulePath);

    /// <summary>
    /// Shows an image on which the user draws labelled bounding boxes, and moves, resizes, relabels or deletes them;
    /// returns the boxes in image pixels.
    /// </summary>
    /// <remarks>
    /// The image is scaled to the available width and the component is as tall as the scaled image. The pre-filled
    /// <paramref name="boxes"/> (a model's suggestions, last session's work) are the value until the user changes something;
    /// from then on the user's boxes are the value, kept across reruns like any widget's. Setting <c>ui.State[key] = null</c>
    /// goes back to the pre-filled boxes. Boxes the browser sends that do not fit (an unknown label, no size) are left out of
    /// the result and a warning under the annotator says why.
    /// </remarks>
    /// <param name="ui">The page's UI.</param>
    /// <param name="image">The image: a path in the app or an http(s) URL (strings convert), or bytes (see <see cref="AnnotatorImage"/>).</param>
    /// <param name="labels">The labels the user picks from; the first is the current label at the start.</param>
    /// <param name="boxes">The pre-filled boxes; their labels join <paramref name="labels"/> when missing from it.</param>
    /// <param name="key">The annotator's key (its identity and its <c>ui.State</c> entry); give each image its own key so each starts from its own boxes.</param>
    /// <param name="onChange">Called before the next run when the user changes the boxes.</param>
    /// <returns>The boxes, in the order they were drawn (pre-filled ones first).</returns>
    /// <example><c>var boxes = ui.ImageAnnotator("images/street.svg", ["person", "car"], boxes: suggestions, key: "street"); ui.Table(boxes);</c></example>
    public static IReadOnlyList<AnnotationBox> ImageAnnotator(this Ui ui, AnnotatorImage image, IReadOnlyList<string> labels,
        IEnumerable<AnnotationBox>? boxes = null, string? key = null, Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(labels);
        var initial = boxes?.ToArray() ?? [];
        var known = KnownLabels(labels, initial);
        for (var i = 0; i < initial.Length; i++)
        {
            var problem = initial[i] is null ? "it is null" : initial[i].Problem(known);
            if (problem is not null)
            {
                throw new ArgumentException($"Pre-filled box {i + 1} cannot be shown: {problem}.", nameof(boxes));
            }
        }

        var args = new { src = image.Url, labels = known, boxes = initial };
        // The image's URL (a data: URL for bytes) travels in the arguments: the limit grows by its size (Note [Image bytes]).
        // JSON escapes non-ASCII characters as \uXXXX: six bytes each at most.
        var maxSize = checked(Ui.DefaultComponentMaxSize + (image.Url.Length * (System.Text.Ascii.IsValid(image.Url) ? 1 : 6)));
        var value = ui.Component<AnnotationBox[]?>(ComponentName, args, null, key, onChange, maxSize);
        return value is null ? initial : Checked(ui, value, known);
    }

    private static string[] KnownLabels(IReadOnlyList<string> labels, AnnotationBox[] initial)
    {
        if (labels.Count == 0 && initial.Length == 0)
        {
            throw new ArgumentException("Give the annotator at least one label.", nameof(labels));
        }

        foreach (var label in labels)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                throw new ArgumentException("A label cannot be empty.", nameof(labels));
            }
        }

        return [.. labels.Concat(initial.Where(b => b is not null).Select(b => b.Label)).Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The boxes that fit; a warning names the others (they can only come from a crafted or outdated message).</summary>
    private static AnnotationBox[] Checked(Ui ui, AnnotationBox[] value, string[] labels)
    {
        List<string>? problems = null;
        var kept = new List<AnnotationBox>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var problem = value[i] is null ? "it is empty" : value[i].Problem(labels);
            if (problem is null)
            {
                kept.Add(value[i]);
            }
            else
            {
                (problems ??= []).Add($"box {i + 1}: {problem}");
            }
        }

        if (problems is null)
        {
            return value;
        }

        ui.Warning($"The image annotator left out {problems.Count} of the {value.Length} boxes the browser sent: {string.Join("; ", problems)}.");
        return [.. kept];
    }
}
