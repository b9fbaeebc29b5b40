using DataApps.Widgets;

// What Pills.cs and SegmentedControl.cs share: a row of options drawn as pills or as joined buttons, one or many chosen.
// The verbs differ only in the element their spec emits, so the two specs and the two verb bodies are written once, here.
namespace DataApps
{
    public sealed partial class Ui
    {
        private T? SingleGroup<T>(string label, IEnumerable<T> options, int? index, Func<T, string>? format, bool segmented,
            string? key, string? help, bool disabled, Action? onChange)
        {
            var choices = new Choices<T>(options, format);
            var start = choices.CheckIndex(index, label);
            return Widget(new ButtonGroupSpec<T>(label, choices, start, segmented) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }

        private IReadOnlyList<T> MultiGroup<T>(string label, IEnumerable<T> options, IEnumerable<T>? defaults, Func<T, string>? format, bool segmented,
            string? key, string? help, bool disabled, Action? onChange)
        {
            var choices = new Choices<T>(options, format);
            var chosen = (defaults ?? []).Select(item => choices.CheckOption(item, label, nameof(defaults))).Distinct().Order().Select(i => choices.Items[i]).ToArray();
            return Widget(new MultiButtonGroupSpec<T>(label, choices, chosen, segmented) { Key = key, Help = help, Disabled = disabled, OnChange = onChange });
        }
    }
}

namespace DataApps.Widgets
{
    /// <summary>Pills or a segmented control with one choice: one of the options, or none (a click on the chosen one takes it back).</summary>
    internal sealed class ButtonGroupSpec<T>(string label, Choices<T> choices, int index, bool segmented)
        : WidgetSpec<T?>(segmented ? "segmented-control" : "pills", label), IChoiceSpec<T>
    {
        public Choices<T> Choices => choices;

        public override T? DefaultValue => index >= 0 ? choices.Items[index] : default;

        internal override bool DefaultGiven => index >= 0;

        public override void AddIdentity(ref WidgetIdentity identity)
        {
            identity.Add(choices.Labels);
            identity.Add(index);
        }

        public override bool IsValid(T? value) => value is null || choices.IndexOf(value) >= 0;

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

        public override WidgetElement CreateElement(string widgetId, T? value)
        {
            var at = choices.IndexOf(value);
            int[] indices = at >= 0 ? [at] : [];
            return segmented
                ? new SegmentedControlElement(widgetId, Label, choices.Labels, indices, false) { Help = Help, Disabled = Disabled }
                : new PillsElement(widgetId, Label, choices.Labels, indices, false) { Help = Help, Disabled = Disabled };
        }
    }

    /// <summary>Pills or a segmented control with many choices: any of the options, in option order.</summary>
    internal sealed class MultiButtonGroupSpec<T>(string label, Choices<T> choices, T[] defaults, bool segmented)
        : WidgetSpec<IReadOnlyList<T>>(segmented ? "multi-segmented-control" : "multi-pills", label), IChoiceSpec<T>
    {
        public Choices<T> Choices => choices;

        public override IReadOnlyList<T> DefaultValue => defaults;

        internal override bool DefaultGiven => defaults.Length > 0;

        public override void AddIdentity(ref WidgetIdentity identity) => choices.AddIdentity(ref identity, defaults);

        public override bool IsValid(IReadOnlyList<T> value) => value.All(item => choices.IndexOf(item) >= 0);

        internal override bool TryCarryOver(IWidgetSpec? previous, IReadOnlyList<T> value, out IReadOnlyList<T> carried) =>
            choices.TryMatchAll((previous as IChoiceSpec<T>)?.Choices, value, out carried);

        /// <summary>The chosen options in option order, each once, whatever order the indices came in.</summary>
        public override IReadOnlyList<T> FromWire(object? wire) =>
            Wire.ToInts(wire).Distinct().Order().Select(i => choices.At(i, Kind, Label)).ToArray();

        public override WidgetElement CreateElement(string widgetId, IReadOnlyList<T> value)
        {
            int[] indices = [.. value.Select(choices.IndexOf).Where(i => i >= 0).Distinct().Order()];
            return segmented
                ? new SegmentedControlElement(widgetId, Label, choices.Labels, indices, true) { Help = Help, Disabled = Disabled }
                : new PillsElement(widgetId, Label, choices.Labels, indices, true) { Help = Help, Disabled = Disabled };
        }
    }
}
