using DataApps.Widgets;

// Note [Widget files]: the nullable forms of ui.TextInput and ui.TextArea (Streamlit's value=None), apart from the plain
// forms; their spec wraps the plain TextSpec, so both check and read browser text the same way.
namespace DataApps
{
    /// <summary>The type of <c>null</c> in <c>ui.TextInput(label, value: null)</c> and <c>ui.TextArea(label, value: null)</c>; never created.</summary>
    /// <remarks>
    /// Note [Null text]: <c>string</c> and <c>string?</c> are one type to the compiler, so a nullable form of a text verb
    /// cannot be an overload on <c>string?</c>. Its <c>value</c> parameter is this class instead; the conversion to
    /// <c>string</c> makes it the better match for the <c>null</c> literal, so <c>value: null</c> picks the form that
    /// returns <c>string?</c>, and every call with a string keeps the form that returns <c>string</c>.
    /// </remarks>
    /// <example><c>string? name = ui.TextInput("Name", value: null);</c></example>
    public sealed class NoText
    {
        private NoText()
        {
        }

        /// <summary>Converts to the <c>null</c> string; exists so that <c>null</c> prefers <see cref="NoText"/> over <c>string</c>.</summary>
        /// <param name="none">Always <c>null</c>.</param>
        /// <example><c>string? text = (NoText?)null;</c></example>
        public static implicit operator string?(NoText? none) => null;
    }

    public sealed partial class Ui
    {
        /// <summary>Shows a single-line text field that starts empty; returns <c>null</c> while it is empty, its text otherwise.</summary>
        /// <param name="label">The label.</param>
        /// <param name="value">Always <c>null</c>: the field starts empty (see <see cref="NoText"/>).</param>
        /// <param name="placeholder">The text shown when empty.</param>
        /// <param name="maxChars">The longest text accepted.</param>
        /// <param name="password">Mask the text.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>string? name = ui.TextInput("Name", value: null, placeholder: "Ada");</c></example>
        public string? TextInput(string label, NoText? value, string? placeholder = null, int? maxChars = null, bool password = false,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
            Widget(new NullableTextSpec(new TextSpec("text-input", label, "", placeholder, maxChars, password, 1))
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange });

        /// <summary>Shows a multi-line text field that starts empty; returns <c>null</c> while it is empty, its text otherwise.</summary>
        /// <param name="label">The label.</param>
        /// <param name="value">Always <c>null</c>: the field starts empty (see <see cref="NoText"/>).</param>
        /// <param name="placeholder">The text shown when empty.</param>
        /// <param name="maxChars">The longest text accepted.</param>
        /// <param name="lines">The visible height in lines.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>string? notes = ui.TextArea("Notes", value: null);</c></example>
        public string? TextArea(string label, NoText? value, string? placeholder = null, int? maxChars = null, int lines = 4,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null) =>
            Widget(new NullableTextSpec(new TextSpec("text-area", label, "", placeholder, maxChars, false, Math.Max(1, lines)))
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
    }
}

namespace DataApps.Widgets
{
    /// <summary>A text input or area that may be empty: <c>null</c> for an empty field, otherwise what the plain spec accepts.</summary>
    internal sealed class NullableTextSpec(TextSpec plain) : WidgetSpec<string?>(plain.Kind, plain.Label)
    {
        public override string? DefaultValue => null;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            plain.AddIdentity(ref identity);
            identity.Add("nullable");
        }

        public override bool IsValid(string? value) => value is null || (value.Length > 0 && plain.IsValid(value));

        public override string? FromWire(object? wire) => wire is null ? null : plain.FromWire(wire) is { Length: > 0 } text ? text : null;

        // The field shows an empty box for null; the element keeps its plain shape (Ui.Widget sets help and disabled).
        public override WidgetElement CreateElement(string widgetId, string? value) => plain.CreateElement(widgetId, value ?? "");
    }
}
