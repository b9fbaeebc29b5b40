using System.Text.Json.Serialization;
using DataApps.Components.ImageAnnotator;

namespace Labeling.Items;

/// <summary>What an item is: a text to classify, or an image to classify and draw boxes on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemKind>))]
internal enum ItemKind
{
    /// <summary>A short text.</summary>
    Text,

    /// <summary>An image (a path in wwwroot or an http(s) URL).</summary>
    Image,
}

/// <summary>What the model said about an item: a label, how sure it was, and for images the boxes it found.</summary>
/// <param name="Label">The suggested label.</param>
/// <param name="Confidence">The model's confidence in the label, 0–1, or <c>null</c> when unknown.</param>
/// <param name="Boxes">The suggested boxes (images only).</param>
internal sealed record Suggestion(string Label, double? Confidence = null, IReadOnlyList<AnnotationBox>? Boxes = null);

/// <summary>One thing to label.</summary>
/// <param name="Id">A stable id, unique in the set (it is what the store keeps).</param>
/// <param name="Kind">Text or image.</param>
/// <param name="Text">The text (text items).</param>
/// <param name="Image">The image's path in wwwroot or its http(s) URL (image items).</param>
/// <param name="Suggestion">The model's suggestion.</param>
internal sealed record LabelItem(string Id, ItemKind Kind, string? Text, string? Image, Suggestion Suggestion)
{
    /// <summary>The suggested boxes; empty for texts.</summary>
    [JsonIgnore]
    public IReadOnlyList<AnnotationBox> SuggestedBoxes => Suggestion.Boxes ?? [];

    /// <summary>A short title for tables: the text's start, or the image's file name.</summary>
    [JsonIgnore]
    public string Title => Kind == ItemKind.Text
        ? (Text!.Length <= 60 ? Text : Text[..57] + "…")
        : Path.GetFileName(Image!);
}
