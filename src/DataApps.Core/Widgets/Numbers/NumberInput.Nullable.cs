using System.Numerics;
using DataApps.Widgets;

// Note [Widget files]: the nullable form of ui.NumberInput (Streamlit's number_input(value=None)), apart from the plain form
// in NumberInput.cs; its spec wraps the plain spec, so both check and read browser values the same way.
namespace DataApps
{
    public sealed partial class Ui
    {
        /// <summary>Shows a numeric field that may be empty; returns its value, or <c>null</c> while the box is empty.</summary>
        /// <remarks>
        /// With <c>value: null</c> the box starts empty and returns <c>null</c> until the user types a number; the user
        /// can empty it again. C# cannot infer <typeparamref name="T"/> from <c>null</c>, so name it: <c>ui.NumberInput&lt;double&gt;(…)</c>.
        /// </remarks>
        /// <typeparam name="T">Any number type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="value">The initial value; <c>null</c> starts empty.</param>
        /// <param name="min">The smallest value accepted.</param>
        /// <param name="max">The largest value accepted.</param>
        /// <param name="step">The step; 1 for whole numbers, 0.01 otherwise.</param>
        /// <param name="placeholder">The text shown while the box is empty.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <example><c>double? rate = ui.NumberInput&lt;double&gt;("Rate", null, min: 0, placeholder: "Type a rate");</c></example>
        public T? NumberInput<T>(string label, T? value, T? min = null, T? max = null, T? step = null, string? placeholder = null,
            string? key = null, string? help = null, bool disabled = false, Action? onChange = null)
            where T : struct, INumber<T>
        {
            Numbers<T>.CheckArguments("number input", label, min, max, step);
            if (value is { } given)
            {
                Numbers<T>.CheckValue("number input", label, given, min, max);
            }

            var initial = value;
            // The plain spec reads and checks typed numbers; its own start only matters when the box starts full.
            var plain = new NumberInputSpec<T>(label, initial ?? min ?? max ?? T.Zero, min, max, step ?? Numbers<T>.DefaultStep);
            return Widget(new NullableNumberInputSpec<T>(plain, initial, placeholder) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A number input that may be empty: <c>null</c>, or what the plain spec accepts.</summary>
    internal sealed class NullableNumberInputSpec<T>(NumberInputSpec<T> plain, T? initial, string? placeholder) : WidgetSpec<T?>(plain.Kind, plain.Label)
        where T : struct, INumber<T>
    {
        public override T? DefaultValue => initial;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            plain.AddIdentity(ref identity);
            identity.Add(initial is null ? "empty" : "nullable");
        }

        public override bool IsValid(T? value) => value is not { } v || plain.IsValid(v);

        internal override bool DefaultGiven => initial is not null;

        internal override string Refusal(T? value) => value is { } v ? plain.Refusal(v) : base.Refusal(value);

        // An empty box (null, JSON null or blank text) is "no number".
        public override T? FromWire(object? wire) => DateTimes.IsNone(wire) ? null : plain.FromWire(wire);

        public override WidgetElement CreateElement(string widgetId, T? value)
        {
            var element = (NumberInputElement)plain.CreateElement(widgetId, value ?? T.Zero);
            return element with { Value = value is { } v ? Numbers<T>.ToDouble(v) : null, Clearable = true, Placeholder = placeholder, Help = Help, Disabled = Disabled };
        }
    }
}
