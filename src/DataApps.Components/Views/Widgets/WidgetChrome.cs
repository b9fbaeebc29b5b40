using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace DataApps.Components.Views.Widgets;

/// <summary>What every widget renderer shares: the label row, the help tooltip, DOM ids and number formatting.</summary>
/// <remarks>
/// Note [Lean trees]: these are render fragments, not components. A component instance costs a few
/// KiB per connected session; a label is only frames in its widget's render tree. The help tooltip
/// is the one component here, and only exists when <see cref="WidgetElement.Help"/> is set.
///
/// Note [Native fields]: text, text area, number and radio widgets are native inputs inside
/// MudBlazor's own markup and classes, so MudBlazor's CSS draws them exactly like its components
/// (outlined border, focus colour, disabled state, both themes). Measured per widget and connected
/// session, MudTextField costs 3 components and ~30 KiB, MudNumericField 7 components and ~70 KiB,
/// MudRadioGroup about 5 components and ~25 KiB per option; the native fields cost none and ~10 KiB.
/// Selects, checkboxes, switches, sliders, buttons, tabs and expanders stay MudBlazor components:
/// there MudBlazor adds behaviour (popover list, keyboard handling) or costs little.
/// </remarks>
internal static class WidgetChrome
{
    // Material "help_outline", 24×24 viewBox; the size comes from CSS.
    private const string HelpIcon =
        "<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M11 18h2v-2h-2v2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4z\"/></svg>";

    /// <summary>The label row above a widget: its label, the help icon when there is help, and an optional value on the right.</summary>
    /// <param name="widget">The widget.</param>
    /// <param name="forId">The DOM id of the input the label names, or <c>null</c>.</param>
    /// <param name="value">A formatted value shown at the end of the row (sliders), or <c>null</c>.</param>
    public static RenderFragment Label(WidgetElement widget, string? forId = null, string? value = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "da-label");
        builder.OpenElement(2, "label");
        builder.AddAttribute(3, "for", forId);
        builder.AddContent(4, widget.Label);
        builder.CloseElement();
        builder.AddContent(5, Help(widget.Help));
        if (value is not null)
        {
            builder.OpenElement(6, "span");
            builder.AddAttribute(7, "class", "da-label-value");
            builder.AddContent(8, value);
            builder.CloseElement();
        }

        builder.CloseElement();
    };

    /// <summary>The help icon with its tooltip, or nothing when <paramref name="help"/> is <c>null</c>.</summary>
    /// <param name="help">The help text.</param>
    public static RenderFragment? Help(string? help) => help is null ? null : builder => AddHelp(builder, help);

    /// <summary>Material "visibility" (show a password).</summary>
    public static readonly MarkupString ShowIcon = Icon(
        "M12 6c3.79 0 7.17 2.13 8.82 5.5C19.17 14.87 15.79 17 12 17s-7.17-2.13-8.82-5.5C4.83 8.13 8.21 6 12 6m0-2C7 4 2.73 7.11 1 11.5 2.73 15.89 7 19 12 19s9.27-3.11 11-7.5C21.27 7.11 17 4 12 4zm0 5c1.38 0 2.5 1.12 2.5 2.5S13.38 14 12 14s-2.5-1.12-2.5-2.5S10.62 9 12 9m0-2c-2.48 0-4.5 2.02-4.5 4.5S9.52 16 12 16s4.5-2.02 4.5-4.5S14.48 7 12 7z",
        "medium");

    /// <summary>Material "visibility_off" (hide a password).</summary>
    public static readonly MarkupString HideIcon = Icon(
        "M12 6c3.79 0 7.17 2.13 8.82 5.5-.59 1.22-1.42 2.27-2.41 3.12l1.41 1.41c1.39-1.23 2.49-2.77 3.18-4.53C21.27 7.11 17 4 12 4c-1.27 0-2.49.2-3.64.57l1.65 1.65C10.66 6.09 11.32 6 12 6zm-1.07 1.14L13 9.21c.57.25 1.03.71 1.28 1.28l2.07 2.07c.08-.34.14-.7.14-1.07C16.5 9.01 14.48 7 12 7c-.37 0-.72.05-1.07.14zM2.01 3.87l2.68 2.68C3.06 7.83 1.77 9.53 1 11.5 2.73 15.89 7 19 12 19c1.52 0 2.98-.29 4.32-.82l3.42 3.42 1.41-1.41L3.42 2.45 2.01 3.87zm7.5 7.5l2.61 2.61c-.04.01-.08.02-.12.02-1.38 0-2.5-1.12-2.5-2.5 0-.05.01-.08.01-.13zm-3.4-3.4l1.75 1.75c-.23.55-.36 1.15-.36 1.78 0 2.48 2.02 4.5 4.5 4.5.63 0 1.23-.13 1.77-.36l.98.98c-.88.24-1.8.38-2.75.38-3.79 0-7.17-2.13-8.82-5.5.7-1.43 1.72-2.61 2.93-3.53z",
        "medium");

    /// <summary>Material "keyboard_arrow_up", as on MudNumericField's step button.</summary>
    public static readonly MarkupString UpIcon = Icon("M7.41 15.41 12 10.83l4.59 4.58L18 14l-6-6-6 6z", "small");

    /// <summary>Material "keyboard_arrow_down", as on MudNumericField's step button.</summary>
    public static readonly MarkupString DownIcon = Icon("M7.41 8.59 12 13.17l4.59-4.58L18 10l-6 6-6-6 1.41-1.41z", "small");

    /// <summary>The classes of MudBlazor's outlined, dense input box.</summary>
    /// <param name="disabled">Whether the field is disabled.</param>
    /// <param name="adornedEnd">Whether an icon button sits at the end.</param>
    public static string OutlinedClass(bool disabled, bool adornedEnd = false) => (disabled, adornedEnd) switch
    {
        (false, false) => "mud-input mud-input-outlined mud-input-margin-dense mud-shrink mud-typography-subtitle1",
        (true, false) => "mud-input mud-input-outlined mud-input-margin-dense mud-shrink mud-disabled mud-typography-subtitle1",
        (false, true) => "mud-input mud-input-outlined mud-input-adorned-end mud-input-margin-dense mud-shrink mud-typography-subtitle1",
        (true, true) => "mud-input mud-input-outlined mud-input-adorned-end mud-input-margin-dense mud-shrink mud-disabled mud-typography-subtitle1",
    };

    /// <summary>The classes of the input element inside <see cref="OutlinedClass"/>.</summary>
    /// <param name="adornedEnd">Whether an icon button sits at the end.</param>
    public static string SlotClass(bool adornedEnd = false) => adornedEnd
        ? "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-adorned-end mud-input-root-margin-dense"
        : "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense";

    /// <summary>A DOM id for a widget's input; widget ids may hold characters that CSS selectors would need to escape.</summary>
    /// <param name="widgetId">The widget's identity.</param>
    public static string DomId(string widgetId) => string.Create(widgetId.Length + 3, widgetId, static (span, id) =>
    {
        "da-".AsSpan().CopyTo(span);
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            span[i + 3] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-';
        }
    });

    /// <summary>Formats a number with as many decimals as <paramref name="step"/> has (a step of 0.25 shows 2), invariantly.</summary>
    /// <param name="value">The number.</param>
    /// <param name="step">The widget's step.</param>
    public static string Format(double value, double step) =>
        value.ToString("F" + Decimals(step).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The number of decimals a step needs, at most 6 (0 for whole steps).</summary>
    /// <param name="step">The step.</param>
    public static int Decimals(double step)
    {
        step = Math.Abs(step);
        if (!double.IsFinite(step) || step == 0)
        {
            return 2;
        }

        for (var decimals = 0; decimals < 6; decimals++)
        {
            var scaled = step * Math.Pow(10, decimals);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9 * Math.Max(1, scaled))
            {
                return decimals;
            }
        }

        return 6;
    }

    private static MarkupString Icon(string path, string size) => new(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"{path}\"/></svg>");

    private static void AddHelp(RenderTreeBuilder builder, string help)
    {
        builder.OpenComponent<MudTooltip>(0);
        builder.AddComponentParameter(1, nameof(MudTooltip.Text), help);
        builder.AddComponentParameter(2, nameof(MudTooltip.ChildContent), (RenderFragment)(b =>
        {
            b.OpenElement(0, "span");
            b.AddAttribute(1, "class", "da-help");
            b.AddAttribute(2, "tabindex", "0");
            b.AddAttribute(3, "role", "img");
            b.AddAttribute(4, "aria-label", help);
            b.AddMarkupContent(5, HelpIcon);
            b.CloseElement();
        }));
        builder.CloseComponent();
    }
}
