// Blazor runs this JS initializer when blazor.web.js starts, before the circuit (see Note [Plotly preload] in
// Views/Charts/PlotlyScriptGate.razor.cs): the browser starts downloading the DataApps plotly.js bundle while the circuit
// starts and the page runs, so the first chart does not wait for it. Download only: nothing runs until a chart loads it.
export function beforeWebStart() {
    if (document.getElementById('dataapps-plotly-preload') || fullBundleAlways()) {
        return;
    }

    const link = document.createElement('link');
    link.id = 'dataapps-plotly-preload';
    link.rel = 'preload';
    link.as = 'script';
    link.href = '_content/DataApps.Components/plotly-dataapps.min.js'; // the URL PlotlyBundles.Small resolves to
    link.fetchPriority = 'low'; // after what the page itself needs
    document.head.appendChild(link);
}

// localStorage['dataapps.plotly'] = 'full': charts load the full bundle as before there was a DataApps one (dataapps-plotly.js).
function fullBundleAlways() {
    try {
        return window.localStorage.getItem('dataapps.plotly') === 'full';
    } catch {
        return false;
    }
}
