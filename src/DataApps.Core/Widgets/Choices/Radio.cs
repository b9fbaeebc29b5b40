using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A group of radio buttons (<c>ui.Radio</c>); the browser sends the chosen index.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Options">The formatted options.</param>
    /// <param name="Index">The chosen index, or -1.</param>
    /// <param name="Horizontal">Whether the options are laid out in a row.</param>
    public sealed record RadioElement(string WidgetId, string Label, EquatableArray<string> Options, int Index, bool Horizontal) : WidgetElement(WidgetId, Label);

    public sealed partial class Ui
    {
        /// <summary>Shows radio buttons; returns the chosen option.</summary>
        /// <typeparam name="T">The option type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="options">The options.</param>
        /// <param name="index">The initially chosen option.</param>
        /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
        /// <param name="horizontal">Lay the options out in a row.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>var model = ui.Radio("Model", ["Linear", "Forest"]);</c></example>
        public T Radio<T>(string label, IEnumerable<T> options, int index = 0, Func<T, string>? format = null, bool horizontal = false,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        {
            var choices = new Choices<T>(options, format);
            var start = choices.Items.Length == 0 ? -1 : choices.CheckIndex(index, label);
            return Widget(new RadioSpec<T>(label, choices, start, horizontal) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }

        /// <summary>Shows radio buttons with none chosen at first when <paramref name="index"/> is <c>null</c>; returns the chosen option, or <c>default</c> until one is chosen.</summary>
        /// <typeparam name="T">The option type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="options">The options.</param>
        /// <param name="index">The initially chosen option; <c>null</c> starts with none.</param>
        /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
        /// <param name="horizontal">Lay the options out in a row.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>string? size = ui.Radio("Size", ["S", "M", "L"], index: null);</c></example>
        public T? Radio<T>(string label, IEnumerable<T> options, int? index, Func<T, string>? format = null, bool horizontal = false,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
        {
            if (index is { } given)
            {
                return Radio(label, options, given, format, horizontal, key, help, disabled, onChange);
            }

            var choices = new Choices<T>(options, format);
            return Widget(new RadioSpec<T>(label, choices, -1, horizontal) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>Radio buttons: one of the options.</summary>
    internal sealed class RadioSpec<T>(string label, Choices<T> choices, int index, bool horizontal) : WidgetSpec<T>("radio", label), IChoiceSpec<T>
    {
        public Choices<T> Choices => choices;

        public override T DefaultValue => index >= 0 ? choices.Items[index] : default!;

        internal override bool DefaultGiven => index > 0; // Streamlit's rule: the first option is no default of the author's

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(choices.Labels);
            identity.Add(index);
        }

        public override bool IsValid(T value) => choices.Items.Length == 0 || choices.IndexOf(value) >= 0 || StartsEmpty(value);

        // Radio(index: null): nothing is chosen until the user picks (Streamlit's index=None).
        private bool StartsEmpty(T value) => index < 0 && value is null;

        internal override bool TryCarryOver(IWidgetSpec? previous, T value, out T carried) =>
            choices.TryMatch((previous as IChoiceSpec<T>)?.Choices, value, out carried);

        public override T FromWire(object? wire) => choices.At(wire, Kind, Label);

        public override WidgetElement CreateElement(string widgetId, T value) =>
            new RadioElement(widgetId, Label, choices.Labels, choices.IndexOf(value), horizontal) { Help = Help, Disabled = Disabled };
    }
}
