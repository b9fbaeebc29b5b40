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
    watchMath();
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

// Math (Note [Math in markdown] in Rendering/MarkdownRenderer.cs): one page-wide observer finds .math elements that a render batch
// added and has dataapps-math.js typeset them; that module, and KaTeX with it, load only when a page shows math. Blazor replaces
// a markdown or ui.Latex element's markup as a whole when it changes, so KaTeX's output inside it never confuses Blazor's diff.
function watchMath() {
    const pending = new Set();
    let scheduled = false;
    const collect = (node) => {
        if (node.nodeType !== Node.ELEMENT_NODE) {
            return;
        }
        if (node.classList.contains('math') && !node.dataset.typeset) {
            pending.add(node);
        }
        if (node.firstElementChild) {
            node.querySelectorAll('.math:not([data-typeset])').forEach((m) => pending.add(m));
        }
    };
    const flush = () => {
        scheduled = false;
        const elements = [...pending];
        pending.clear();
        import('./dataapps-math.js')
            .then((m) => m.typeset(elements))
            .catch((e) => console.error('DataApps: math could not be typeset.', e));
    };
    const observer = new MutationObserver((records) => {
        for (const record of records) {
            record.addedNodes.forEach(collect);
        }
        if (pending.size > 0 && !scheduled) {
            scheduled = true;
            queueMicrotask(flush);
        }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    collect(document.body);
    if (pending.size > 0) {
        flush();
    }
}
