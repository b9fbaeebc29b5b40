// Camera snapshots and microphone recordings for ui.CameraInput and ui.AudioInput. The browser captures with getUserMedia,
// encodes (a JPEG from a canvas; 16-bit PCM WAV from the samples an AudioContext hands over) and uploads the bytes through the
// session's chunked upload endpoint, the file uploader's path (FileEndpoints.cs, Note [Chunked uploads]); the Blazor view then
// sends the upload's id as the widget's value. Nothing travels through SignalR but that id.

const sliceSize = 4 * 1024 * 1024;

/** Uploads a blob; resolves to the upload id, or throws an Error whose message is meant for the user. */
async function upload(url, widgetId, name, blob) {
    const query = new URLSearchParams({ widget: widgetId, name, size: String(blob.size), type: blob.type || "" });
    const begin = await fetch(`${url}?${query}`, { method: "POST" });
    if (!begin.ok) throw new Error(await messageOf(begin, name));
    const { id } = await begin.json();
    let offset = 0;
    do {
        const slice = blob.slice(offset, Math.min(offset + sliceSize, blob.size));
        const response = await fetch(`${url}/${encodeURIComponent(id)}?offset=${offset}`, {
            method: "POST", body: slice, headers: { "Content-Type": "application/octet-stream" },
        });
        if (response.status === 409) {
            offset = (await response.json()).received;
            continue;
        }
        if (!response.ok) throw new Error(await messageOf(response, name));
        offset = (await response.json()).received;
    } while (offset < blob.size);
    return id;
}

async function messageOf(response, name) {
    try {
        const body = await response.json();
        if (body && body.message) return body.message;
    } catch { }
    return `Uploading ${name} failed (HTTP ${response.status}).`;
}

/** A sentence for the user about why the camera or microphone is not available. */
function refusal(error, device) {
    const name = error && error.name;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        return `This page cannot use the ${device}: the browser allows it only on https:// pages (or localhost).`;
    }
    if (name === "NotAllowedError" || name === "SecurityError") {
        return `The browser refused access to the ${device}. Allow it for this site (the icon in the address bar) and try again.`;
    }
    if (name === "NotFoundError" || name === "OverconstrainedError") return `No ${device} was found on this device.`;
    if (name === "NotReadableError" || name === "AbortError") return `The ${device} is in use by another application, or could not be started.`;
    return `The ${device} could not be started: ${(error && error.message) || error}`;
}

async function getStream(constraints, device) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) throw new Error(refusal(null, device));
    try {
        return await navigator.mediaDevices.getUserMedia(constraints);
    } catch (e) {
        throw new Error(refusal(e, device));
    }
}

const stopTracks = stream => stream && stream.getTracks().forEach(t => t.stop());

/** ui.CameraInput: a live preview while no photo is held; the Take photo button uploads a JPEG of the current frame. */
export function attachCamera(root, view, url, widgetId) {
    const video = root.querySelector("video");
    const take = root.querySelector(".da-capture-take");
    let stream = null;
    let wanted = false;
    let starting = null;

    async function start() {
        if (stream || starting) return;
        starting = (async () => {
            try {
                const s = await getStream({ video: true, audio: false }, "camera");
                if (!wanted) { stopTracks(s); return; }
                stream = s;
                video.srcObject = s;
                await video.play().catch(() => { });
                await view.invokeMethodAsync("OnReady", true);
            } catch (e) {
                await view.invokeMethodAsync("OnRejected", e.message).catch(() => { });
            } finally {
                starting = null;
            }
        })();
        await starting;
    }

    function stop() {
        stopTracks(stream);
        stream = null;
        video.srcObject = null;
    }

    async function onTake() {
        if (!stream || take.disabled) return;
        try {
            const width = video.videoWidth || 640;
            const height = video.videoHeight || 480;
            const canvas = document.createElement("canvas");
            canvas.width = width;
            canvas.height = height;
            canvas.getContext("2d").drawImage(video, 0, 0, width, height);
            const blob = await new Promise(resolve => canvas.toBlob(resolve, "image/jpeg", 0.92));
            if (!blob) throw new Error("The browser could not encode the photo.");
            await view.invokeMethodAsync("OnBusy", "Uploading the photo …");
            const id = await upload(url, widgetId, "photo.jpg", blob);
            await view.invokeMethodAsync("OnUploaded", id);
        } catch (e) {
            await view.invokeMethodAsync("OnRejected", e.message || String(e)).catch(() => { });
        }
    }

    take.addEventListener("click", onTake);

    return {
        /** Runs the camera exactly while the widget wants a preview (enabled, no photo held). */
        async update(live) {
            wanted = live;
            if (live) {
                await start();
            } else if (stream) {
                stop();
                await view.invokeMethodAsync("OnReady", false).catch(() => { });
            }
        },
        dispose() {
            wanted = false;
            take.removeEventListener("click", onTake);
            stop();
        },
    };
}

/** ui.AudioInput: Record starts capturing PCM from the microphone, Stop encodes it as WAV and uploads it. */
export function attachRecorder(root, view, url, widgetId) {
    const button = root.querySelector(".da-capture-record");
    const clock = root.querySelector(".da-capture-clock");
    let session = null;

    async function begin() {
        const stream = await getStream({ audio: true, video: false }, "microphone");
        const context = new AudioContext();
        await context.resume();
        const source = context.createMediaStreamSource(stream);
        // ScriptProcessorNode is deprecated but needs no extra module file and runs everywhere; recordings are short.
        const processor = context.createScriptProcessor(4096, 1, 1);
        const chunks = [];
        processor.onaudioprocess = e => chunks.push(new Float32Array(e.inputBuffer.getChannelData(0)));
        source.connect(processor);
        processor.connect(context.destination);
        const started = performance.now();
        const timer = setInterval(() => { clock.textContent = seconds(performance.now() - started); }, 200);
        return { stream, context, source, processor, chunks, timer };
    }

    async function finish(s) {
        clearInterval(s.timer);
        s.source.disconnect();
        s.processor.disconnect();
        stopTracks(s.stream);
        const rate = s.context.sampleRate;
        await s.context.close();
        return encodeWav(s.chunks, rate);
    }

    async function onClick() {
        if (button.disabled) return;
        try {
            if (!session) {
                session = await begin();
                await view.invokeMethodAsync("OnRecording", true);
                return;
            }
            const s = session;
            session = null;
            await view.invokeMethodAsync("OnRecording", false);
            const wav = await finish(s);
            await view.invokeMethodAsync("OnBusy", "Uploading the recording …");
            const id = await upload(url, widgetId, "recording.wav", wav);
            await view.invokeMethodAsync("OnUploaded", id);
        } catch (e) {
            if (session) { try { await finish(session); } catch { } session = null; }
            await view.invokeMethodAsync("OnRejected", e.message || String(e)).catch(() => { });
        }
    }

    button.addEventListener("click", onClick);

    return {
        dispose() {
            button.removeEventListener("click", onClick);
            if (session) { finish(session).catch(() => { }); session = null; }
        },
    };
}

function seconds(ms) {
    const s = Math.floor(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Mono float chunks → a 16-bit PCM WAV blob. */
function encodeWav(chunks, sampleRate) {
    const length = chunks.reduce((n, c) => n + c.length, 0);
    const buffer = new ArrayBuffer(44 + length * 2);
    const view = new DataView(buffer);
    const text = (offset, s) => { for (let i = 0; i < s.length; i++) view.setUint8(offset + i, s.charCodeAt(i)); };
    text(0, "RIFF");
    view.setUint32(4, 36 + length * 2, true);
    text(8, "WAVE");
    text(12, "fmt ");
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);
    view.setUint16(22, 1, true);
    view.setUint32(24, sampleRate, true);
    view.setUint32(28, sampleRate * 2, true);
    view.setUint16(32, 2, true);
    view.setUint16(34, 16, true);
    text(36, "data");
    view.setUint32(40, length * 2, true);
    let offset = 44;
    for (const chunk of chunks) {
        for (let i = 0; i < chunk.length; i++, offset += 2) {
            const s = Math.max(-1, Math.min(1, chunk[i]));
            view.setInt16(offset, s < 0 ? s * 0x8000 : s * 0x7FFF, true);
        }
    }
    return new Blob([buffer], { type: "audio/wav" });
}
