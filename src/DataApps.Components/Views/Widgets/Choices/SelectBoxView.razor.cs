namespace DataApps.Components.Views.Widgets;

/// <summary>Shows a drop-down list (<c>ui.SelectBox</c>) and sends the chosen index.</summary>
/// <remarks>
/// Note [Lazy options]: MudSelect renders its items twice (the list and a hidden copy it reads
/// values from), so a closed select with 50 options would hold 100 components per session. The
/// items exist only while the list is open; the closed field shows the chosen option through
/// <c>ToStringFunc</c>.
/// </remarks>
public partial class SelectBoxView
{
    private Func<int, string?>? _optionText;
    private bool _open;

    /// <inheritdoc />
    protected override void OnInitialized() => _optionText = index => index >= 0 && index < Element.Options.Count ? Element.Options[index] : null;

    private void SendIndex(int index) => SendValue(index);

    private void OnOpenChanged(bool open)
    {
        _open = open;
        Refresh();
    }
}
