// Resolves once plotly.js has loaded and run: see Note [Plotly loading] in Views/Charts/PlotlyScriptGate.razor.cs.
export function loaded() {
    const script = document.getElementById('plotly-import');
    if (window.Plotly || !script) {
        return Promise.resolve();
    }

    return new Promise(resolve => script.addEventListener('load', () => resolve(), { once: true }));
}
