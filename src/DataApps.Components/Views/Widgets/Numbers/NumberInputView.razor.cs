using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DataApps.Components.Views.Widgets;

/// <summary>Shows a number field with step buttons (<c>ui.NumberInput</c>) and sends a <see cref="double"/>.</summary>
public partial class NumberInputView
{
    private NumberInputElement? _shown;
    private string? _id;
    private double? _value;
    private string? _text;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _id ??= WidgetChrome.DomId(Element.WidgetId);

        // Follow the element whenever a rerun changes it; until then show what the user last committed.
        if (_shown is null || !_shown.Equals(Element))
        {
            _shown = Element;
            _value = Element.Value;
            _text = null;
        }
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Bound(double? value) => value is { } v ? Invariant(v) : null;

    // Whole numbers show no decimals; otherwise as many as the step has.
    private string Format(double? value) => value is { } v ? WidgetChrome.Format(v, Element.Integral ? 1 : Element.Step) : "";

    private async Task Commit(ChangeEventArgs e)
    {
        var typed = Convert.ToString(e.Value, CultureInfo.InvariantCulture) ?? "";
        if (Element.Clearable && string.IsNullOrWhiteSpace(typed))
        {
            _value = null;
            SendValue(null);
        }
        else if (double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            _value = Fit(number);
            SendValue(_value);
        }

        if (typed != Format(_value))
        {
            await ShowAgainAsync(typed);
        }
    }

    private void StepBy(int direction)
    {
        // An empty box starts from the lower bound (or zero).
        _value = _value is { } value ? Fit(value + (direction * Element.Step)) : Fit(Element.Min ?? 0);
        SendValue(_value);
        Refresh();
    }

    private double Fit(double value)
    {
        // Round away the binary noise of repeated steps (0.1 + 0.2), and to whole numbers where only those are allowed.
        value = Element.Integral ? Math.Round(value) : Math.Round(value, WidgetChrome.Decimals(Element.Step) + 4);
        return Math.Clamp(value, Element.Min ?? double.MinValue, Element.Max ?? double.MaxValue);
    }

    /// <summary>Replaces what the user typed (not a number, out of bounds) by the value in force.</summary>
    /// <remarks>
    /// Blazor writes an input's value only when the rendered value differs from the previous render,
    /// and the previous render may already hold the value in force. So render the typed text first
    /// (it is what the input holds anyway), then the value.
    /// </remarks>
    private async Task ShowAgainAsync(string typed)
    {
        _text = typed;
        Refresh();
        await Task.Yield();
        _text = null;
        Refresh();
    }
}
