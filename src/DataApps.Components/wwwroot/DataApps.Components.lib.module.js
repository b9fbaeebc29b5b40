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
    listenForShortcuts();
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

// Note [Shortcuts]: a button with shortcut: "Ctrl+Enter" carries data-shortcut="ctrl+enter" (canonical: modifiers ctrl, meta, alt,
// shift in that order, then the key; Core's Widgets/Buttons/Shortcut.cs). One keydown listener for the whole page finds the
// button whose shortcut was pressed and clicks it, so the click takes the button's own path (Blazor's onclick, a download link's
// href). The server makes shortcuts unique on a page. As in Streamlit, a shortcut without Ctrl, Cmd or Alt does nothing while the
// user types in a field; a disabled button is not clicked; a held key clicks once.
function listenForShortcuts() {
    document.addEventListener('keydown', (e) => {
        if (e.defaultPrevented || e.isComposing || e.repeat) {
            return;
        }

        const key = shortcutKeyOf(e);
        if (!key || key === 'control' || key === 'shift' || key === 'alt' || key === 'meta') {
            return;
        }

        const pressed = [e.ctrlKey && 'ctrl', e.metaKey && 'meta', e.altKey && 'alt', e.shiftKey && 'shift', key].filter(Boolean).join('+');
        const button = document.querySelector(`[data-shortcut="${CSS.escape(pressed)}"]`);
        if (!button || button.disabled || button.getAttribute('aria-disabled') === 'true') {
            return;
        }

        const typing = e.target instanceof Element && (e.target.isContentEditable || e.target.closest('input, textarea, select') !== null);
        if (typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
            return;
        }

        e.preventDefault();
        button.click();
    });
}

function shortcutKeyOf(e) {
    const k = e.key;
    if (!k) {
        return null;
    }
    if (k === ' ' || k === 'Spacebar') {
        return 'space';
    }
    if (k.startsWith('Arrow')) {
        return k.slice(5).toLowerCase();
    }
    if (k === 'Esc') {
        return 'escape';
    }
    if (k.length === 1) {
        const lower = k.toLowerCase();
        if (/^[a-z0-9]$/.test(lower)) {
            return lower;
        }
        // Shift+1 types "!" and Alt+A types "å" on a Mac: the physical key names the shortcut then.
        const physical = /^(?:Key([A-Z])|Digit([0-9])|Numpad([0-9]))$/.exec(e.code);
        return physical ? (physical[1] || physical[2] || physical[3]).toLowerCase() : lower;
    }
    return k.toLowerCase(); // Enter, Tab, Escape, Backspace, Delete, Home, End, PageUp, PageDown, F1 …
}
