// The loader of JS components (ui.Component). It gives the registered module a shadow root, so the module's
// styles stay inside it, and the contract documented in docs/custom-components.md:
//   export function render(root, args, setValue, value) → optional { update(args, value), dispose() }
// setValue(v) sends JSON.stringify(v) to the server (streamed when large), which reruns the page.
const inline = 16 * 1024; // under the circuit's 32 KB message limit; larger values go as a stream

export async function mount(host, modulePath, argsJson, valueJson, dotnet, maxSize) {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    let disposed = false;
    const setValue = (value) => {
        if (disposed) return;
        const bytes = new TextEncoder().encode(JSON.stringify(value === undefined ? null : value));
        if (bytes.length > maxSize) {
            dotnet.invokeMethodAsync('OnTooLarge', bytes.length);
        } else if (bytes.length <= inline) {
            dotnet.invokeMethodAsync('OnValue', new TextDecoder().decode(bytes));
        } else {
            dotnet.invokeMethodAsync('OnValueStream', DotNet.createJSStreamReference(bytes));
        }
    };
    let instance = {};
    try {
        const url = new URL(modulePath, document.baseURI);
        // The server accepts only app-relative paths; this is the second line should one slip through.
        if (url.origin !== location.origin) throw new Error(`JS component module '${modulePath}' is not on this app's origin.`);
        const module = await import(url.href);
        instance = (await module.render(root, JSON.parse(argsJson), setValue, JSON.parse(valueJson))) ?? {};
    } catch (e) {
        dotnet.invokeMethodAsync('OnError', String(e?.message ?? e));
    }
    host.dataset.ready = 'true';
    return {
        update(a, v) {
            try { instance.update?.(JSON.parse(a), JSON.parse(v)); }
            catch (e) { dotnet.invokeMethodAsync('OnError', String(e?.message ?? e)); }
        },
        dispose() {
            disposed = true;
            try { instance.dispose?.(); } finally { root.replaceChildren(); }
        },
    };
}
