using Microsoft.AspNetCore.Components;

namespace DataApps.Components.Views.Widgets;

/// <summary>Shows a multi-choice drop-down with chips (<c>ui.MultiSelect</c>) and sends the chosen indices in the order chosen.</summary>
/// <remarks>
/// The chosen options are chips in the order the user chose them (the order the page gets back);
/// the field itself says how many are chosen. With <see cref="MultiSelectElement.MaxSelections"/>, the
/// list stops further choices at the limit and says so. Options are rendered only while the list is open
/// (see Note [Lazy options] on <see cref="SelectBoxView"/>).
/// </remarks>
public partial class MultiSelectView
{
    // Material "cancel", as on MudBlazor's closable chips.
    private static readonly MarkupString RemoveIcon = new(
        "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z\"/></svg>");

    private Func<int, string?>? _optionText;
    private Func<IReadOnlyList<string?>?, string>? _summary;
    private MultiSelectElement? _shown;
    private List<int> _chosen = [];
    private bool _open;

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        _optionText = Option;
        _summary = chosen => (chosen?.Count ?? 0) switch
        {
            0 => "",
            1 => chosen![0] ?? "",
            _ => chosen!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " selected",
        };
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // Follow the element whenever a rerun changes it; between reruns keep the order of the user's clicks.
        if (_shown is null || !_shown.Equals(Element))
        {
            _shown = Element;
            _chosen = [.. Element.Indices];
        }
    }

    // At the limit the other options are disabled and the open list says why; a change that would pass it is refused.
    private bool AtLimit => Element.MaxSelections is { } max && _chosen.Count >= max;

    private string LimitMessage => Element.MaxSelections == 1
        ? "You can only choose 1 option. Remove it to choose another."
        : $"You can only choose up to {Element.MaxSelections} options. Remove one to choose another.";

    private string? Option(int index) => index >= 0 && index < Element.Options.Count ? Element.Options[index] : null;

    private void OnSelectedValuesChanged(IReadOnlyCollection<int>? values)
    {
        var selected = values ?? [];
        var chosen = _chosen.Where(selected.Contains).ToList();
        chosen.AddRange(selected.Where(i => !chosen.Contains(i)));
        if (Element.MaxSelections is { } max && chosen.Count > max)
        {
            _chosen = [.. _chosen]; // a new list, so the select takes back the extra choice
            Refresh();
            return;
        }

        Commit(chosen);
    }

    private void Remove(int index) => Commit([.. _chosen.Where(i => i != index)]);

    private void Commit(List<int> chosen)
    {
        _chosen = chosen;
        SendValue(chosen.ToArray());
        Refresh();
    }

    private void OnOpenChanged(bool open)
    {
        _open = open;
        Refresh();
    }
}
