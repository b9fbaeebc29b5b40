// Clearing a chart selection: see Note [Clearing a selection] in Views/Charts/ChartPlot.razor.cs.
// Plotly fires plotly_deselect (a double-click, or a new selection that caught no point), which Plotly.Blazor does not
// hear, and plotly_selected without event data, which its handler cannot read; both tell .NET the selection is empty.
// On charts that select by click (heatmaps, boxes: Note [Selection by click]) a click (plotly_click) is the selection,
// and as no selection exists in Plotly, plotly_deselect never fires: a double-click (plotly_doubleclick) clears instead.

export function attach(root, dotnet, byClick) {
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
    // [trace, row, column] per point: a heatmap's pointIndex is [row, column]; a box has none (-1, -1).
    const clicked = data => {
        if (secondClick(data)) {
            cleared(); // the double-click's own event does not always come (Plotly emits it only for some drag modes)
            return;
        }

        const points = (data && data.points || []).map(p => Array.isArray(p.pointIndex)
            ? [p.curveNumber, p.pointIndex[0], p.pointIndex[1]]
            : [p.curveNumber, -1, -1]);
        dotnet.invokeMethodAsync('Clicked', points).catch(() => { });
    };
    if (byClick) {
        plot.on('plotly_click', clicked);
        plot.on('plotly_doubleclick', cleared);
    }

    return {
        dispose() {
            plot.removeListener('plotly_deselect', cleared);
            plot.removeListener('plotly_selected', selected);
            plot.removeListener('plotly_click', clicked);
            plot.removeListener('plotly_doubleclick', cleared);
        },
    };
}

// ui.Plotly with a selection: see Note [Plotly selection] in Views/Charts/PlotlyFigure.razor.cs. Every selection event
// of the figure becomes one JSON text for .NET: the points (curve, index, row of a 2-D trace, x, y, z, customdata), and
// the box or lasso drawn. A click on a trace Plotly cannot select (a heatmap) selects that point.
export function listen(root, dotnet) {
    const plot = root.querySelector('.js-plotly-plot');
    if (!plot || typeof plot.on !== 'function') {
        return null;
    }

    const send = payload => dotnet.invokeMethodAsync('Selected', JSON.stringify(payload)).catch(() => { });
    const point = p => {
        const twoD = Array.isArray(p.pointIndex);
        return {
            curve: p.curveNumber,
            index: twoD ? p.pointIndex[1] : (p.pointIndex ?? p.pointNumber),
            row: twoD ? p.pointIndex[0] : null,
            x: value(p.x), y: value(p.y), z: value(p.z), customdata: value(p.customdata),
        };
    };
    const selected = data => {
        if (!data || !data.points) {
            send({ points: [] });
            return;
        }

        const payload = { points: data.points.map(point) };
        if (data.range && data.range.x && data.range.y) {
            payload.box = { x: data.range.x, y: data.range.y };
        }

        if (data.lassoPoints && data.lassoPoints.x) {
            payload.lasso = { x: data.lassoPoints.x, y: data.lassoPoints.y };
        }

        send(payload);
    };
    const clicked = data => {
        if (secondClick(data)) {
            cleared(); // the double-click's own event does not always come (Plotly emits it only for some drag modes)
            return;
        }

        // Selectable traces report a click through plotly_selected (clickmode event+select); the others here.
        const points = (data && data.points || []).filter(p => !selectable(p));
        if (points.length > 0) {
            send({ points: points.map(point) });
        }
    };
    const cleared = () => send({ points: [] });
    plot.on('plotly_selected', selected);
    plot.on('plotly_click', clicked);
    plot.on('plotly_deselect', cleared);
    plot.on('plotly_doubleclick', cleared);
    return {
        dispose() {
            plot.removeListener('plotly_selected', selected);
            plot.removeListener('plotly_click', clicked);
            plot.removeListener('plotly_deselect', cleared);
            plot.removeListener('plotly_doubleclick', cleared);
        },
    };
}

// Plotly emits plotly_click for both clicks of a double-click, and plotly_doubleclick only in some drag modes: the second
// click (detail 2) is the double-click, so it clears instead of selecting again.
function secondClick(data) {
    return !!(data && data.event && data.event.detail >= 2);
}

function selectable(p) {
    const module = p.fullData && p.fullData._module;
    return !!(module && module.selectPoints) && !Array.isArray(p.pointIndex);
}

function value(v) {
    if (v === undefined || v === null) {
        return null;
    }

    return v instanceof Date ? v.toISOString() : v;
}
