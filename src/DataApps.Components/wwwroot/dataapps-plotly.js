// Loads plotly.js for the charts: see Note [Plotly loading] and Note [Plotly bundles] in Views/Charts/PlotlyScriptGate.razor.cs.
const scriptId = 'plotly-import'; // the id Plotly.Blazor gives the plotly.js script element
const smallTypes = new Set(['scatter', 'scattergl', 'bar', 'box', 'heatmap', 'histogram', 'pie']); // as in plotly/index.js
let small = null; // Promise<{ plotly, complete }>: the DataApps bundle (or a complete one that was there first)
let full = null; // Promise: the package's full bundle, loaded beside the small one

/**
 * Resolves once window.Plotly can draw this chart: the DataApps bundle, and the full bundle too when needFull.
 * interop is Plotly.Blazor's interop module (the same instance Plotly.Blazor imports): its importScript sets the flag
 * that lets Plotly.Blazor plot.
 */
export async function load(interop, smallUrl, fullUrl, needFull) {
    // localStorage['dataapps.plotly'] = 'full' loads the full bundle for every chart, as before the DataApps bundle
    // existed: for comparing a chart's look or cost (the charts benchmark measures both).
    small ??= loadSmall(interop, fullBundleAlways() ? fullUrl : smallUrl, fullUrl);
    const first = await small;
    if (needFull && !first.complete) {
        full ??= loadFull(first.plotly, fullUrl);
        await full;
    }
}

async function loadSmall(interop, smallUrl, fullUrl) {
    const existing = document.getElementById(scriptId);
    if (existing && existing.dataset.originalSrc !== smallUrl) {
        // Plotly.Blazor loaded its own bundle first (a PlotlyChart outside a gate): use that one.
        await loaded(existing);
        return { plotly: window.Plotly, complete: existing.dataset.originalSrc === fullUrl };
    }

    await interop.importScript(scriptId, smallUrl);
    const script = document.getElementById(scriptId);
    await loaded(script);
    if (smallUrl === fullUrl) {
        return { plotly: window.Plotly, complete: true };
    }

    // Plotly.Blazor asks for its full bundle under this id and path before every chart's first plot; finding "its"
    // script in place, it loads nothing.
    script.dataset.originalSrc = fullUrl;
    return { plotly: window.Plotly, complete: false };
}

function fullBundleAlways() {
    try {
        return window.localStorage.getItem('dataapps.plotly') === 'full';
    } catch {
        return false; // storage blocked
    }
}

function loaded(script) {
    if (window.Plotly) {
        return Promise.resolve();
    }

    return new Promise((resolve, reject) => {
        script.addEventListener('load', () => resolve(), { once: true });
        script.addEventListener('error', () => reject(new Error(`plotly.js did not load from ${script.src}`)), { once: true });
    });
}

/** Loads the full bundle without taking window.Plotly from the charts the small one drew: window.Plotly becomes a facade. */
function loadFull(smallPlotly, fullUrl) {
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.id = 'dataapps-plotly-full';
        script.src = fullUrl;
        script.async = true;
        const define = window.define;
        window.define = undefined; // the package bundle is UMD: a global, not an AMD module (as Plotly.Blazor does)
        script.onload = () => {
            window.define = define;
            window.Plotly = facade(smallPlotly, window.Plotly);
            resolve();
        };
        script.onerror = () => {
            window.define = define;
            window.Plotly = smallPlotly;
            reject(new Error(`plotly.js did not load from ${fullUrl}`));
        };
        document.head.appendChild(script);
    });
}

/**
 * window.Plotly once both bundles are loaded: each call goes to the bundle that drew (or will draw) its chart. A chart
 * inside [data-plotly-bundle=full] (a ui.Plotly figure with a trace type outside the small bundle) is drawn by the full
 * bundle; every other chart, and every chart drawn before the full bundle came, by the small one.
 */
function facade(smallPlotly, fullPlotly) {
    const pick = target => {
        const gd = typeof target === 'string' ? document.getElementById(target) : target;
        if (gd && gd._dataappsPlotly) {
            return gd._dataappsPlotly;
        }

        if (gd instanceof Element) {
            return gd.closest('[data-plotly-bundle="full"]') ? fullPlotly : smallPlotly;
        }

        const figure = gd && Array.isArray(gd.data) ? gd.data : null; // toImage(figure)
        return figure && figure.some(t => !smallTypes.has((t && t.type) || 'scatter')) ? fullPlotly : smallPlotly;
    };

    return new Proxy(smallPlotly, {
        get(target, name) {
            const value = target[name];
            if (typeof value !== 'function') {
                return value;
            }

            return function (gd, ...rest) {
                const plotly = pick(gd);
                const element = typeof gd === 'string' ? document.getElementById(gd) : gd;
                if ((name === 'newPlot' || name === 'react') && element instanceof Element && !element._dataappsPlotly) {
                    element._dataappsPlotly = plotly;
                }

                return plotly[name](gd, ...rest);
            };
        },
    });
}
