// Typesets math with KaTeX (Note [Math in markdown] in Rendering/MarkdownRenderer.cs). Loaded by DataApps.Components.lib.module.js
// only when a page shows math, and it loads KaTeX (wwwroot/katex, served by the app: no CDN) the first time it runs.
const katexBase = new URL('./katex/', import.meta.url);
let loading = null;

function loadKatex() {
    loading ??= new Promise((resolve, reject) => {
        const css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = new URL('katex.min.css', katexBase).href;
        document.head.appendChild(css);

        const script = document.createElement('script');
        script.src = new URL('katex.min.js', katexBase).href;
        script.onload = () => resolve(window.katex);
        script.onerror = () => { loading = null; reject(new Error('KaTeX did not load')); };
        document.head.appendChild(script);
    });
    return loading;
}

// Markdig writes inline math as \(…\) in a span and display math as \[…\] in a div; ui.Latex writes the display form.
function parse(element) {
    const source = element.textContent.trim();
    if (source.startsWith('\\(') && source.endsWith('\\)')) {
        return { tex: source.slice(2, -2), display: false };
    }
    if (source.startsWith('\\[') && source.endsWith('\\]')) {
        return { tex: source.slice(2, -2), display: true };
    }
    return { tex: source, display: element.tagName === 'DIV' };
}

export async function typeset(elements) {
    const katex = await loadKatex();
    for (const element of elements) {
        if (!element.isConnected || element.dataset.typeset) {
            continue;
        }

        const { tex, display } = parse(element);
        element.dataset.typeset = '1';
        // trust: false refuses \href, \url, \includegraphics and \html*; throwOnError: false shows an invalid expression in red with
        // KaTeX's message as its title, instead of an empty place.
        katex.render(tex, element, { displayMode: display, throwOnError: false, trust: false, output: 'htmlAndMathml' });
        const error = element.querySelector('.katex-error');
        if (error) {
            element.dataset.typeset = 'error';
            const message = document.createElement('span');
            message.className = 'da-math-error';
            message.textContent = error.title;
            element.appendChild(message);
        }
    }
}
