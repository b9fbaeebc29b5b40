using DataApps.Charts;
using Plotly.Blazor;
using PlotlyLayout = Plotly.Blazor.Layout;
using Plotly.Blazor.LayoutLib;

namespace DataApps.Components.Views.Charts;

/// <summary>The Plotly layout and config of a chart: axes, bar mode, drag mode, and the colours of the light or dark theme.</summary>
/// <remarks>
/// Note [Chart theme]: backgrounds are transparent so the MudBlazor surface shows through in both themes; text and
/// grid colours follow the theme, which the layout cascades as <see cref="ChartTheme.DarkModeName"/>.
/// </remarks>
internal static class ChartLayout
{
    public const int DefaultHeight = 400;

    public static PlotlyLayout Build(ChartFigure figure, Chart chart, ChartSelectionMode mode, bool dark, int revision, bool showTitle = true)
    {
        var theme = ChartTheme.For(dark);
        var horizontal = chart.Kind == ChartKind.Bar && chart.Options.Horizontal;
        var xTitle = horizontal ? figure.YTitle : figure.XTitle;
        var yTitle = horizontal ? figure.XTitle : figure.YTitle;
        var title = showTitle ? chart.Options.Title : null;
        var layout = new PlotlyLayout
        {
            Title = title is null ? null : new Title { Text = title },
            PaperBgColor = "rgba(0,0,0,0)",
            PlotBgColor = "rgba(0,0,0,0)",
            Font = new Font { Color = theme.Text },
            Margin = new Margin { L = 56, R = 24, T = title is null ? 24 : 56, B = 48 },
            AutoSize = true,
            UiRevision = revision,
            ShowLegend = figure.Series.Count > 1 || figure.Boxes.Count > 1 ? true : null,
            XAxis =
            [
                new XAxis
                {
                    Title = xTitle is null ? null : new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle },
                    Type = figure.XAxis == AxisType.Date && !horizontal ? Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date : null,
                    GridColor = theme.Grid,
                    ZeroLineColor = theme.Grid,
                    LineColor = theme.Grid,
                },
            ],
            YAxis =
            [
                new YAxis
                {
                    Title = yTitle is null ? null : new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle },
                    Type = figure.XAxis == AxisType.Date && horizontal ? Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Date : null,
                    // A matrix reads like its frame: the first row at the top (a confusion matrix, a correlation table).
                    AutoRange = figure.Heatmap is { RowsDown: true } ? Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed : null,
                    GridColor = theme.Grid,
                    ZeroLineColor = theme.Grid,
                    LineColor = theme.Grid,
                },
            ],
            Shapes = ChartRules.Build(chart, theme),
        };

        if (chart.Kind is ChartKind.Bar or ChartKind.Histogram)
        {
            layout.BarMode = chart.Options.Stacked || chart.Kind == ChartKind.Histogram ? BarModeEnum.Stack : BarModeEnum.Group;
            layout.BarGap = chart.Kind == ChartKind.Histogram ? 0.02m : null;
        }

        if (mode != ChartSelectionMode.None)
        {
            layout.DragMode = mode switch
            {
                ChartSelectionMode.Lasso => DragModeEnum.Lasso,
                ChartSelectionMode.Box => DragModeEnum.Select,
                _ => DragModeEnum.Zoom,
            };
            // Heatmaps and boxes have no selectable points: a click is the selection (Note [Selection by click] in ChartPlot).
            layout.ClickMode = chart.Kind is ChartKind.Heatmap or ChartKind.Box ? ClickModeFlag.Event : ClickModeFlag.Event | ClickModeFlag.Select;
            if (chart.Kind is ChartKind.Heatmap or ChartKind.Box)
            {
                layout.DragMode = DragModeEnum.Zoom;
            }
        }

        return layout;
    }

    public static Config Config() => new()
    {
        Responsive = true,
        DisplayLogo = false,
    };
}

/// <summary>The colours charts use in the light and dark theme.</summary>
/// <param name="Text">Titles, labels and tick text.</param>
/// <param name="Grid">Grid and axis lines.</param>
internal sealed record ChartTheme(string Text, string Grid)
{
    /// <summary>The name of the cascading <c>bool</c> that says whether the app shows its dark theme.</summary>
    public const string DarkModeName = "DataApps.DarkMode";

    private static readonly ChartTheme Light = new("rgba(0,0,0,0.87)", "rgba(0,0,0,0.12)");
    private static readonly ChartTheme Dark = new("rgba(255,255,255,0.80)", "rgba(255,255,255,0.16)");

    public static ChartTheme For(bool dark) => dark ? Dark : Light;
}
