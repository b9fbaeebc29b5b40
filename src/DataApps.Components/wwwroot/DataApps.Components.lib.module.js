// Blazor runs these JS initializers around the start of blazor.web.js (see Note [Plotly preload] in
// Views/Charts/PlotlyScriptGate.razor.cs): the browser downloads the DataApps plotly.js bundle before a chart asks for it.
// Download only: nothing runs until a chart loads it.

// Before the circuit starts: a page whose prerendered output has a chart starts the download now, while the circuit starts
// and the page runs, so its first chart does not wait for it.
export function beforeWebStart() {
    if (document.querySelector('.da-chart')) {
        preloadPlotly();
    }

    holdLargeTextUntilItsListenerIsAttached();
}

// Note [Large text] (LargeTextChannel.cs): a text field's listener, which streams values too large for one circuit message,
// attaches after the field's first render. Until then a large value would go through Blazor's change event and close the
// circuit; this guard, on the window ahead of Blazor's listener, holds it back instead, and the field's listener sends it
// when it attaches (largeText.js).
function holdLargeTextUntilItsListenerIsAttached() {
    window.addEventListener('change', (e) => {
        const field = e.target;
        if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.dataset.largeText !== 'pending') {
            return;
        }

        if (field.value.length <= 16 * 1024 / 6 || new TextEncoder().encode(JSON.stringify(field.value)).length <= 16 * 1024) {
            return; // small: Blazor's change event carries it
        }

        e.stopPropagation();
        field.dataset.largeTextHeld = '1';
    }, true);
}

// Once the circuit runs: any other page downloads the bundle a few seconds later, when the browser is idle, so a chart page
// reached later does not wait for it either, and the page in front of the user does not share its first seconds with a
// 0.4 MB download (the browser is often idle while the circuit connects, so idleness alone comes too early).
export function afterWebStarted() {
    setTimeout(() => {
        if ('requestIdleCallback' in window) {
            requestIdleCallback(preloadPlotly, { timeout: 5000 });
        } else {
            preloadPlotly();
        }
    }, 3000);
}

function preloadPlotly() {
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
