using DataApps.Charts;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.LayoutLib.ShapeLib;
using Plotly.Blazor.LayoutLib.ShapeLib.LabelLib;

namespace DataApps.Components.Views.Charts;

/// <summary>Turns a chart's <see cref="Rule"/>s into Plotly layout shapes: a dashed line or a translucent band, labelled with Plotly's shape labels.</summary>
/// <remarks>
/// A line spans the whole plot across its axis (the other coordinate refers to the paper, 0 to 1), so it stays put when
/// the user zooms. <see cref="RuleAxis.X"/> is the axis of the x column: Plotly's y axis on horizontal bars.
/// Dates are sent as Unix milliseconds, as the traces' x values are.
/// </remarks>
internal static class ChartRules
{
    private const double BandOpacity = 0.18;

    public static List<Shape>? Build(Chart chart, ChartTheme theme)
    {
        var rules = chart.Options.Rules;
        if (rules.Count == 0)
        {
            return null;
        }

        var swap = chart.Kind == ChartKind.Bar && chart.Options.Horizontal;
        return [.. rules.Select(rule => Shape(rule, vertical: (rule.Axis == RuleAxis.X) != swap, theme))];
    }

    private static Shape Shape(Rule rule, bool vertical, ChartTheme theme)
    {
        var from = Value(rule.From);
        var to = rule.To is { } end ? Value(end) : from;
        var shape = new Shape
        {
            Type = rule.IsBand ? TypeEnum.Rect : TypeEnum.Line,
            XRef = vertical ? "x" : "paper",
            YRef = vertical ? "paper" : "y",
            X0 = vertical ? from : 0,
            X1 = vertical ? to : 1,
            Y0 = vertical ? 0 : from,
            Y1 = vertical ? 1 : to,
            Layer = rule.IsBand ? LayerEnum.Below : LayerEnum.Above,
            Name = rule.ToString(),
        };

        if (rule.IsBand)
        {
            shape.FillColor = rule.Color ?? theme.Text;
            shape.Opacity = (decimal)BandOpacity;
            shape.Line = new Line { Width = 0 };
        }
        else
        {
            shape.Line = new Line { Color = rule.Color ?? theme.Text, Width = 1.5m, Dash = "dash" };
        }

        if (rule.Label is { } text)
        {
            shape.Label = new Label
            {
                Text = text,
                Font = new Plotly.Blazor.LayoutLib.ShapeLib.LabelLib.Font { Color = rule.Color ?? theme.Text },
                TextAngle = 0,
                TextPosition = rule.IsBand ? vertical ? TextPositionEnum.TopCenter : TextPositionEnum.TopRight : TextPositionEnum.End,
                XAnchor = rule.IsBand ? null : vertical ? XAnchorEnum.Left : XAnchorEnum.Right,
                YAnchor = rule.IsBand ? null : vertical ? YAnchorEnum.Top : YAnchorEnum.Bottom,
            };
        }

        return shape;
    }

    private static object Value(object value) => value switch
    {
        DateTime date => ChartData.ToUnixMs(date),
        _ => value,
    };
}
