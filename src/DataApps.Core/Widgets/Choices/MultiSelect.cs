using DataApps.Widgets;

// Note [Widget files]: the widget's record, verb and spec side by side (see Widgets/WidgetSpec.cs).
namespace DataApps
{
    /// <summary>A drop-down list with many choices (<c>ui.MultiSelect</c>); the browser sends the chosen indices.</summary>
    /// <param name="WidgetId">The widget's identity.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Options">The formatted options.</param>
    /// <param name="Indices">The chosen indices, in the order chosen.</param>
    /// <param name="Placeholder">The text shown when nothing is chosen.</param>
    public sealed record MultiSelectElement(string WidgetId, string Label, EquatableArray<string> Options, EquatableArray<int> Indices, string? Placeholder) : WidgetElement(WidgetId, Label)
    {
        /// <summary>The most options the user may choose, or <c>null</c> for no limit.</summary>
        public int? MaxSelections { get; init; }
    }

    public sealed partial class Ui
    {
        /// <summary>Shows a drop-down list with many choices; returns the chosen options in the order chosen.</summary>
        /// <typeparam name="T">The option type.</typeparam>
        /// <param name="label">The label.</param>
        /// <param name="options">The options.</param>
        /// <param name="defaults">The initially chosen options; each must be one of <paramref name="options"/>.</param>
        /// <param name="format">How an option is shown; <c>ToString()</c> by default.</param>
        /// <param name="placeholder">The text shown when none is chosen.</param>
        /// <param name="key">A unique key; makes the identity the key alone.</param>
        /// <param name="help">A tooltip.</param>
        /// <param name="disabled">Show it greyed out.</param>
        /// <param name="onChange">Called before the next run when it changes.</param>
        /// <param name="maxSelections">The most options the user may choose; the list refuses more and says so. No limit by default.</param>
        /// <example><c>var islands = ui.MultiSelect("Islands", all, defaults: ["Biscoe"], maxSelections: 2);</c></example>
        public IReadOnlyList<T> MultiSelect<T>(string label, IEnumerable<T> options, IEnumerable<T>? defaults = null, Func<T, string>? format = null,
            string? placeholder = null, string? key = null, string? help = null, bool disabled = false, Action? onChange = null, int? maxSelections = null)
        {
            var choices = new Choices<T>(options, format);
            T[] chosen = defaults is null ? [] : [.. defaults];
            foreach (var item in chosen)
            {
                if (choices.IndexOf(item) < 0)
                {
                    throw new ArgumentException($"The default '{item}' of '{label}' is not one of its options.", nameof(defaults));
                }
            }

            CheckMaxSelections(label, chosen.Length, maxSelections);
            return Widget(new MultiSelectSpec<T>(label, choices, chosen, placeholder)
            { Key = key, Help = help, Disabled = disabled, OnChange = onChange, MaxSelections = maxSelections });
        }

        private static void CheckMaxSelections(string label, int defaults, int? maxSelections)
        {
            if (maxSelections is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxSelections), maxSelections, $"The multi-select '{label}': maxSelections must be at least 1.");
            }

            if (defaults > maxSelections)
            {
                throw new ArgumentException(
                    $"The multi-select '{label}' has {defaults} defaults but maxSelections is {maxSelections}; give at most {maxSelections} defaults or raise maxSelections.",
                    nameof(maxSelections));
            }
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>A multi-select: any of the options, in the order chosen.</summary>
    internal sealed class MultiSelectSpec<T>(string label, Choices<T> choices, T[] defaults, string? placeholder)
        : WidgetSpec<IReadOnlyList<T>>("multi-select", label), IChoiceSpec<T>
    {
        public Choices<T> Choices => choices;

        /// <summary>The most options that may be chosen, or <c>null</c>.</summary>
        public int? MaxSelections { get; init; }

        public override IReadOnlyList<T> DefaultValue => defaults;

        internal override bool DefaultGiven => defaults.Length > 0;

        public override void AddIdentity(ref WidgetIdentity identity) => choices.AddIdentity(ref identity, defaults);

        public override bool IsValid(IReadOnlyList<T> value) => value.All(item => choices.IndexOf(item) >= 0) && WithinMax(value.Count);

        internal override bool TryCarryOver(IWidgetSpec? previous, IReadOnlyList<T> value, out IReadOnlyList<T> carried) =>
            choices.TryMatchAll((previous as IChoiceSpec<T>)?.Choices, value, out carried) && WithinMax(carried.Count);

        public override IReadOnlyList<T> FromWire(object? wire)
        {
            IReadOnlyList<T> chosen = Wire.ToInts(wire).Select(i => choices.At(i, Kind, Label)).ToArray();
            return WithinMax(chosen.Count)
                ? chosen
                : throw new FormatException($"The multi-select '{Label}' takes at most {MaxSelections} options, not {chosen.Count}.");
        }

        private bool WithinMax(int count) => MaxSelections is not { } max || count <= max;

        public override WidgetElement CreateElement(string widgetId, IReadOnlyList<T> value)
        {
            var indices = new int[value.Count];
            for (var i = 0; i < indices.Length; i++)
            {
                indices[i] = choices.IndexOf(value[i]);
            }

            return new MultiSelectElement(widgetId, Label, choices.Labels, indices, placeholder) { Help = Help, Disabled = Disabled, MaxSelections = MaxSelections };
        }
    }
}
