// Clearing a chart selection: see Note [Clearing a selection] in Views/Charts/ChartPlot.razor.cs.
// Plotly fires plotly_deselect (a double-click, or a new selection that caught no point), which Plotly.Blazor does not
// hear, and plotly_selected without event data, which its handler cannot read; both tell .NET the selection is empty.

export function attach(root, dotnet) {
    const plot = root.querySelector('.js-plotly-plot');
    if (!plot || typeof plot.on !== 'function') {
        return null;
    }

    const cleared = () => dotnet.invokeMethodAsync('Deselected').catch(() => { });
    const selected = data => {
        if (!data || !data.points) {
            cleared();
        }
    };
    plot.on('plotly_deselect', cleared);
    plot.on('plotly_selected', selected);
    return {
        dispose() {
            plot.removeListener('plotly_deselect', cleared);
            plot.removeListener('plotly_selected', selected);
        },
    };
}
