namespace DataApps.Components.Views.Widgets;

/// <summary>Shows a drop-down list (<c>ui.SelectBox</c>) and sends the chosen index.</summary>
/// <remarks>
/// Note [Lazy options]: MudSelect renders its items twice (the list and a hidden copy it reads
/// values from), so a closed select with 50 options would hold 100 components per session. The
/// items exist only while the list is open; the closed field shows the chosen option through
/// <c>ToStringFunc</c>.
///
/// The select's value is the chosen index, or <c>null</c> for none: MudSelect's clear button (shown for
/// <see cref="SelectBoxElement.Clearable"/>) sets it to <c>null</c>, which goes to the page as -1 (no choice).
/// </remarks>
public partial class SelectBoxView
{
    private Func<int?, string?>? _optionText;
    private bool _open;

    /// <inheritdoc />
    protected override void OnInitialized() => _optionText = index => index is { } i && i >= 0 && i < Element.Options.Count ? Element.Options[i] : null;

    private int? Chosen => Element.Index >= 0 ? Element.Index : null;

    private void SendIndex(int? index) => SendValue(index ?? -1);

    private void OnOpenChanged(bool open)
    {
        _open = open;
        Refresh();
    }
}
