using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace DataApps.Components.Views.Widgets;

/// <summary>Shows a slider over options (<c>ui.SelectSlider</c>) and sends the chosen index, or <c>int[2]</c> for a range, on release.</summary>
public partial class SelectSliderView
{
    private SelectSliderElement? _shown;
    private int _a;
    private int _b;

    private int Last => Math.Max(0, Element.Options.Count - 1);

    private string Shown => Element.EndIndex is null
        ? Option(Element.Index)
        : Option(Math.Min(_a, _b)) + " – " + Option(Math.Max(_a, _b));

    private string FillStyle
    {
        get
        {
            double Percent(int v) => Last > 0 ? Math.Clamp(v * 100.0 / Last, 0, 100) : 0;
            var left = Percent(Math.Min(_a, _b));
            return string.Create(CultureInfo.InvariantCulture, $"left:{left:0.###}%;width:{Percent(Math.Max(_a, _b)) - left:0.###}%");
        }
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // Follow the element whenever a rerun changes it; otherwise keep the thumbs where the user left them.
        if (_shown is null || !_shown.Equals(Element))
        {
            _shown = Element;
            (_a, _b) = (Element.Index, Element.EndIndex ?? Element.Index);
        }
    }

    private string Option(int index) => index >= 0 && index < Element.Options.Count ? Element.Options[index] : "";

    private void SendIndex(int index) => SendValue(index);

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
        SendValue(new[] { Math.Min(_a, _b), Math.Max(_a, _b) });
        Refresh();
    }

    private bool Set(ChangeEventArgs e, bool first)
    {
        if (!int.TryParse(Convert.ToString(e.Value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
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
