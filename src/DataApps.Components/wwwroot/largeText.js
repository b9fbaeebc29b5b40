// Text too large for one circuit message (SignalR closes the circuit on a message over 32 KB):
// - attach: the listener of a text input or text area (Note [Large text] in LargeTextChannel.cs). It listens on the
//   window in the capture phase, so it runs before Blazor's listener (on the document, also capturing, because Blazor
//   counts change among the events that do not bubble): a value whose JSON fits in 16 KB goes on to Blazor's @onchange
//   as usual; a larger one stops here and is streamed in chunks; one over the limit is not sent, and the server shows
//   why under the field.
//   Fields render with data-large-text="pending"; until their listener is attached, the guard of
//   DataApps.Components.lib.module.js holds a large value back (it would close the circuit) and attach sends it.
// - download: saves a value the server streams (the full text of a truncated table cell) as a file.
const inline = 16 * 1024;

export function attach(field, dotnet, maxLength) {
    const onChange = (e) => {
        if (e.target !== field) return;
        const text = field.value;
        if (text.length > maxLength) {
            e.stopPropagation();
            dotnet.invokeMethodAsync('OnTooLong', text.length);
            return;
        }
        if (text.length <= inline / 6) {
            return; // small whatever its characters: Blazor's @onchange sends it
        }
        if (new TextEncoder().encode(JSON.stringify(text)).length <= inline) {
            return;
        }
        e.stopPropagation();
        dotnet.invokeMethodAsync('OnTextStream', DotNet.createJSStreamReference(new TextEncoder().encode(text)));
    };
    window.addEventListener('change', onChange, true);
    field.dataset.largeText = 'ready'; // for tests: from now on a large value is streamed
    if (field.dataset.largeTextHeld) {
        // A large value changed before this listener was here: the guard (DataApps.Components.lib.module.js) held it.
        delete field.dataset.largeTextHeld;
        field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return {
        dispose() { window.removeEventListener('change', onChange, true); delete field.dataset.largeText; },
    };
}

export async function download(fileName, streamRef) {
    const blob = new Blob([await streamRef.arrayBuffer()], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
