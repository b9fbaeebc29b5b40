using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DataApps.Components.Views.Widgets;

/// <summary>Shows a two-thumb slider (<c>ui.RangeSlider</c>) and sends <c>double[2]</c> on release.</summary>
public partial class RangeSliderView
{
    private RangeSliderElement? _shown;
    private double _a;
    private double _b;

    private double Low => Math.Min(_a, _b);

    private double High => Math.Max(_a, _b);

    private string FillStyle
    {
        get
        {
            var span = Element.Max - Element.Min;
            double Percent(double v) => span > 0 ? Math.Clamp((v - Element.Min) / span * 100, 0, 100) : 0;
            var left = Percent(Low);
            return string.Create(CultureInfo.InvariantCulture, $"left:{left:0.###}%;width:{Percent(High) - left:0.###}%");
        }
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // Follow the element whenever a rerun changes it; otherwise keep the thumbs where the user left them.
        if (_shown is null || !_shown.Equals(Element))
        {
            _shown = Element;
            (_a, _b) = (Element.Low, Element.High);
        }
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private void Drag(ChangeEventArgs e, bool first)
    {
        if (Set(e, first))
        {
            Refresh();
        }
    }

    private void Release(ChangeEventArgs e, bool first)
    {
        Set(e, first);
        SendValue(new[] { Low, High });
        Refresh();
    }

    private bool Set(ChangeEventArgs e, bool first)
    {
        if (!double.TryParse(Convert.ToString(e.Value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        if (first)
        {
            _a = value;
        }
        else
        {
            _b = value;
        }

        return true;
    }
}
