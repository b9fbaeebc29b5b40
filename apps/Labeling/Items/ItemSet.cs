using System.Text.Json;
using System.Text.Json.Serialization;

namespace Labeling.Items;

/// <summary>The items to label and the labels to pick from, read once at startup from a JSON file.</summary>
/// <param name="Name">The set's name, shown on the pages.</param>
/// <param name="TextLabels">The labels of text items (shortcuts 1, 2, 3… in this order).</param>
/// <param name="ImageLabels">The labels of image items.</param>
/// <param name="BoxLabels">The labels of boxes on images.</param>
/// <param name="Items">The items, in the order they are labeled.</param>
internal sealed record ItemSet(string Name, IReadOnlyList<string> TextLabels, IReadOnlyList<string> ImageLabels,
    IReadOnlyList<string> BoxLabels, IReadOnlyList<LabelItem> Items)
{
    /// <summary>The configuration key of the item file's path (relative to the app's folder).</summary>
    public const string PathKey = "Labeling:Items";

    /// <summary>The item file shipped with the app.</summary>
    public const string DefaultPath = "Data/items.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private Dictionary<string, LabelItem>? _byId;

    /// <summary>The item with this id, or <c>null</c>.</summary>
    public LabelItem? Find(string? id) =>
        id is null ? null : (_byId ??= Items.ToDictionary(i => i.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    /// <summary>The labels an item is labeled with.</summary>
    public IReadOnlyList<string> LabelsOf(LabelItem item) => item.Kind == ItemKind.Text ? TextLabels : ImageLabels;

    /// <summary>Reads and checks the item file; a problem is an <see cref="InvalidDataException"/> that names the file, the item and the fix.</summary>
    public static ItemSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The item file '{Path.GetFullPath(path)}' does not exist. Set {PathKey} (environment variable Labeling__Items) to a JSON file of items; see docs/apps/labeling.md.");
        }

        ItemSet? set;
        try
        {
            using var stream = File.OpenRead(path);
            set = JsonSerializer.Deserialize<ItemSet>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The item file '{path}' is not a valid item set: {e.Message}", e);
        }

        if (set is null)
        {
            throw new InvalidDataException($"The item file '{path}' holds null instead of an item set.");
        }

        var problem = set.Problem();
        return problem is null ? set : throw new InvalidDataException($"The item file '{path}' cannot be used: {problem}.");
    }

    /// <summary>What is wrong with the set, or <c>null</c>.</summary>
    internal string? Problem()
    {
        if (Items is null || Items.Count == 0)
        {
            return "it has no items";
        }

        foreach (var (name, labels) in new[] { ("textLabels", TextLabels), ("imageLabels", ImageLabels), ("boxLabels", BoxLabels) })
        {
            if (labels is null || labels.Any(string.IsNullOrWhiteSpace) || labels.Distinct().Count() != labels.Count)
            {
                return $"{name} must be a list of distinct, non-empty labels";
            }

            if (labels.Count > 9)
            {
                return $"{name} has {labels.Count} labels; at most 9 fit the keys 1–9";
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var where = $"item {i + 1}" + (string.IsNullOrWhiteSpace(item?.Id) ? "" : $" ('{item.Id}')");
            var problem = item is null ? "it is null" : ProblemOf(item, seen);
            if (problem is not null)
            {
                return $"{where}: {problem}";
            }
        }

        return null;
    }

    private string? ProblemOf(LabelItem item, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(item.Id))
        {
            return "it has no id";
        }

        if (!seen.Add(item.Id))
        {
            return "its id is used twice";
        }

        if (item.Suggestion is null || string.IsNullOrWhiteSpace(item.Suggestion.Label))
        {
            return "it has no suggestion (\"suggestion\": { \"label\": … })";
        }

        if (!LabelsOf(item).Contains(item.Suggestion.Label))
        {
            return $"its suggested label '{item.Suggestion.Label}' is not one of {string.Join(", ", LabelsOf(item))}";
        }

        if (item.Kind == ItemKind.Text)
        {
            return string.IsNullOrWhiteSpace(item.Text) ? "a text item needs \"text\"" : null;
        }

        if (string.IsNullOrWhiteSpace(item.Image))
        {
            return "an image item needs \"image\" (a path in wwwroot or an http(s) URL)";
        }

        var box = item.SuggestedBoxes.FirstOrDefault(b => b is null || !BoxLabels.Contains(b.Label) || b.Width <= 0 || b.Height <= 0 || b.X < 0 || b.Y < 0);
        return box is null ? null : $"a suggested box ({box}) has a label that is not one of {string.Join(", ", BoxLabels)}, no size or a negative corner";
    }
}
