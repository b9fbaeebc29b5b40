namespace DataApps.Widgets;

/// <summary>A form's submit button: a trigger that also sends every value the form held back.</summary>
internal sealed class SubmitButtonSpec(string label, bool primary, FormScope? form) : WidgetSpec<bool>("submit-button", label)
{
    /// <summary>The form it submits; <c>null</c> when misused outside a form (the policy check refuses it).</summary>
    public FormScope? Form => form;

    public string? Shortcut { get; init; }

    public override bool IsTrigger => true;

    public override bool DefaultValue => false;

    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add(primary);
        identity.Add(form?.Id);
    }

    public override bool FromWire(object? wire) => true;

    public override WidgetElement CreateElement(string widgetId, bool value) =>
        new SubmitButtonElement(widgetId, Label, primary, form?.Id ?? "") { Help = Help, Disabled = Disabled, Shortcut = Shortcut };
}

/// <summary>The form a <see cref="Ui"/> writes into.</summary>
/// <param name="Id">The form's identity.</param>
/// <param name="Key">The key the author gave.</param>
/// <param name="ClearOnSubmit">Whether a submit resets the form's widgets to their defaults.</param>
internal sealed record FormScope(string Id, string Key, bool ClearOnSubmit);
