// Uploads files for a DataApps file uploader over HTTP, in slices (see FileEndpoints.cs, Note [Chunked uploads]):
// announce the file (the server checks the size limit before any byte is sent), post the slices in order, report progress
// to the Blazor view, and tell it the upload id when the file is complete. Dropped files and the Browse input go the same way.

const sliceSize = 4 * 1024 * 1024;

export function attach(root, view, url, widgetId, multiple) {
    const input = root.querySelector("input[type=file]");
    const zone = root.querySelector(".da-dropzone");
    let busy = Promise.resolve();

    const enqueue = files => {
        const list = multiple ? Array.from(files) : Array.from(files).slice(0, 1);
        for (const file of list) {
            busy = busy.then(() => upload(file)).catch(() => { });
        }
    };

    async function upload(file) {
        try {
            await view.invokeMethodAsync("OnProgress", file.name, 0, file.size);
            const query = new URLSearchParams({ widget: widgetId, name: file.name, size: String(file.size), type: file.type || "" });
            const begin = await fetch(`${url}?${query}`, { method: "POST" });
            if (!begin.ok) {
                await view.invokeMethodAsync("OnRejected", await messageOf(begin, file));
                return;
            }
            const { id } = await begin.json();
            let offset = 0;
            let lastReport = 0;
            while (offset < file.size) {
                const slice = file.slice(offset, Math.min(offset + sliceSize, file.size));
                const response = await fetch(`${url}/${encodeURIComponent(id)}?offset=${offset}`, {
                    method: "POST", body: slice, headers: { "Content-Type": "application/octet-stream" },
                });
                if (response.status === 409) {
                    offset = (await response.json()).received; // resume where the server is
                    continue;
                }
                if (!response.ok) {
                    await view.invokeMethodAsync("OnRejected", await messageOf(response, file));
                    return;
                }
                offset = (await response.json()).received;
                const now = performance.now();
                if (now - lastReport > 150) {
                    lastReport = now;
                    await view.invokeMethodAsync("OnProgress", file.name, offset, file.size);
                }
            }
            if (file.size === 0) {
                // An empty file completes with one empty slice.
                const response = await fetch(`${url}/${encodeURIComponent(id)}?offset=0`, { method: "POST", body: new Blob([]) });
                if (!response.ok) {
                    await view.invokeMethodAsync("OnRejected", await messageOf(response, file));
                    return;
                }
            }
            await view.invokeMethodAsync("OnUploaded", id);
        } catch (e) {
            try { await view.invokeMethodAsync("OnRejected", `Uploading ${file.name} failed: ${e.message || e}`); } catch { }
        }
    }

    async function messageOf(response, file) {
        try {
            const body = await response.json();
            if (body && body.message) return body.message;
        } catch { }
        return `Uploading ${file.name} failed (HTTP ${response.status}).`;
    }

    const onChange = () => {
        if (input.files && input.files.length) enqueue(input.files);
        input.value = "";
    };
    const onDragOver = e => {
        if (input.disabled) return;
        e.preventDefault();
        view.invokeMethodAsync("OnDragging", true).catch(() => { });
    };
    const onDragLeave = () => view.invokeMethodAsync("OnDragging", false).catch(() => { });
    const onDrop = e => {
        e.preventDefault();
        view.invokeMethodAsync("OnDragging", false).catch(() => { });
        if (!input.disabled && e.dataTransfer && e.dataTransfer.files.length) enqueue(e.dataTransfer.files);
    };

    input.addEventListener("change", onChange);
    zone.addEventListener("dragover", onDragOver);
    zone.addEventListener("dragleave", onDragLeave);
    zone.addEventListener("drop", onDrop);
    onChange(); // files chosen before the script attached (a quick pick right after the page became interactive)

    return {
        dispose() {
            input.removeEventListener("change", onChange);
            zone.removeEventListener("dragover", onDragOver);
            zone.removeEventListener("dragleave", onDragLeave);
            zone.removeEventListener("drop", onDrop);
        },
    };
}
