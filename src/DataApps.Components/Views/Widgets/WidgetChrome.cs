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
