using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A drop-down list with one choice (<c>ui.SelectBox</c>); the browser sends the chosen index.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Options">The formatted options.</param>
    /// <param name="Index">The chosen index, or -1 for none.</param>
    /// <param name="Placeholder">The text shown when nothing is chosen.</param>
    public sealed record SelectBoxElement(string WidgetId, string Label, EquatableArray<string> Options, int Index, string? Placeholder) : WidgetElement(WidgetId, Label)
    {
        /// <summary>Whether the user may clear the choice: the verb started with none (<c>index: null</c>).</summary>
        public bool Clearable { get; init; }
    }

    public sealed partial class Ui
    {
        /// <summary>Shows a drop-down list; returns the chosen option, or <c>default</c> when none is chosen.</summary>
        /// <remarks>With <c>index: null</c> the list starts empty, shows <paramref name="placeholder"/>, and has a clear button once something is chosen.</remarks>
        /// <typeparam name="T">The option type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="options">The options.</param>
        /// <param name="index">The initially chosen option; <c>null</c> starts with none.</param>
        /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
        /// <param name="placeholder">The text shown when none is chosen.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>var species = ui.SelectBox("Species", ["Adelie", "Gentoo"]);</c> or, starting empty,
        /// <c>string? island = ui.SelectBox("Island", islands, index: null, placeholder: "Choose an island");</c></example>
        public T? SelectBox<T>(string label, IEnumerable<T> options, int? index = 0, Func<T, string>? format = null, string? placeholder = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        {
            var choices = new Choices<T>(options, format);
            var start = choices.Items.Length == 0 ? -1 : choices.CheckIndex(index, label);
            return Widget(new SelectBoxSpec<T>(label, choices, start, placeholder) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A select box: one of the options, or none.</summary>
    internal sealed class SelectBoxSpec<T>(string label, Choices<T> choices, int index, string? placeholder) : WidgetSpec<T?>("select-box", label), IChoiceSpec<T>
    {
        public Choices<T> Choices => choices;

        public override T? DefaultValue => index >= 0 ? choices.Items[index] : default;

        internal override bool DefaultGiven => index > 0; // Streamlit's rule: the first option is no default of the author's

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(choices.Labels);
            identity.Add(index);
        }

        public override bool IsValid(T? value) => (index < 0 && value is null) || choices.IndexOf(value) >= 0;

        internal override bool TryCarryOver(IWidgetSpec? previous, T? value, out T? carried)
        {
            carried = default;
            if (value is null || !choices.TryMatch((previous as IChoiceSpec<T>)?.Choices, value, out var match))
            {
                return false;
            }

            carried = match;
            return true;
        }

        public override T? FromWire(object? wire) => wire is null || Wire.ToInt(wire) < 0 ? default : choices.At(wire, Kind, Label);

        public override WidgetElement CreateElement(string widgetId, T? value) =>
            new SelectBoxElement(widgetId, Label, choices.Labels, choices.IndexOf(value), placeholder) { Help = Help, Disabled = Disabled, Clearable = index < 0 };
    }
}
