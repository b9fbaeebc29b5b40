// The image annotator JS component (see docs/custom-components.md, "JS components", for the contract).
// render(root, args, setValue, value): root is a shadow root, so the styles below stay inside the component.
// args: { src, labels, boxes } (boxes = the pre-filled ones); value: the user's boxes, or null while they are untouched.
// Boxes are { label, x, y, width, height } in whole pixels of the image; on screen they are placed in percent of the
// image, so they follow the image when the page's width changes.
const css = `
  :host { display: block; }
  /* Text and borders follow the page's colour (inherited into the shadow root), so light and dark themes both read well. */
  .annotator { display: flex; flex-direction: column; gap: 8px; font: 13px system-ui, sans-serif; }
  .bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
  .bar .title { opacity: .7; margin-right: 2px; }
  button { font: inherit; padding: 2px 10px; border: 1px solid color-mix(in srgb, currentColor 30%, transparent); border-radius: 12px;
           background: transparent; color: inherit; cursor: pointer; display: inline-flex; align-items: center; gap: 6px; }
  button:hover:not(:disabled) { background: color-mix(in srgb, currentColor 8%, transparent); }
  button.label[aria-pressed='true'] { border-color: var(--c); box-shadow: inset 0 0 0 1px var(--c); background: color-mix(in srgb, var(--c) 18%, transparent); }
  button:disabled { opacity: .45; cursor: default; }
  .swatch { width: 10px; height: 10px; border-radius: 2px; background: var(--c); }
  .spacer { flex: 1; }
  .info { opacity: .75; min-height: 1.4em; line-height: 1.4em; font-variant-numeric: tabular-nums; }
  .stage { position: relative; width: 100%; line-height: 0; user-select: none; -webkit-user-select: none;
           touch-action: none; cursor: crosshair; outline: none; border-radius: 4px; }
  .stage:focus-visible { box-shadow: 0 0 0 2px #1f77b480; }
  .stage img { display: block; width: 100%; height: auto; pointer-events: none; border-radius: 4px; }
  .box { position: absolute; box-sizing: border-box; border: 2px solid var(--c); cursor: move;
         background: color-mix(in srgb, var(--c) 10%, transparent); }
  .box.selected { background: color-mix(in srgb, var(--c) 22%, transparent); box-shadow: 0 0 0 1px #fff; z-index: 2; }
  .tag { position: absolute; left: -2px; bottom: 100%; padding: 0 5px; font: 600 11px/16px system-ui, sans-serif; color: #fff;
         background: var(--c); border-radius: 3px 3px 0 0; white-space: nowrap; pointer-events: none; }
  .box.low .tag { bottom: auto; top: 0; border-radius: 0 0 3px 0; }
  .handle { position: absolute; width: 10px; height: 10px; margin: -6px 0 0 -6px; box-sizing: border-box; display: none;
            background: #fff; border: 2px solid var(--c); border-radius: 2px; }
  .selected .handle { display: block; }
  .handle[data-handle='nw'], .handle[data-handle='se'] { cursor: nwse-resize; }
  .handle[data-handle='ne'], .handle[data-handle='sw'] { cursor: nesw-resize; }
  .handle[data-handle='n'], .handle[data-handle='s'] { cursor: ns-resize; }
  .handle[data-handle='e'], .handle[data-handle='w'] { cursor: ew-resize; }
  .error { color: #d32f2f; }
`;

// Tableau 10: distinct on photos and readable under white text.
const palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
const handles = { nw: [0, 0], n: [50, 0], ne: [100, 0], e: [100, 50], se: [100, 100], s: [50, 100], sw: [0, 100], w: [0, 50] };

const box = (b) => ({ label: String(b.label), x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) });
const canon = (list) => JSON.stringify((list ?? []).map((b) => [b.label, b.x, b.y, b.width, b.height]));
const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);

function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
}

export function render(root, args, setValue, value) {
    let a = args;
    let boxes = (value ?? a.boxes ?? []).map(box);
    let shown = canon(value ?? a.boxes); // the server's value this module last applied or sent
    let sent = []; // values sent whose rerun has not come back yet, oldest first
    let base = shown; // the server's value before those: what a rerun that has not seen them yet still carries
    let current = a.labels[0];
    let selected = -1;
    let drag = null;
    let stashed = null; // an update that arrived during a drag
    let natural = { w: 0, h: 0 };

    const style = el('style');
    style.textContent = css;
    const wrap = el('div', 'annotator');
    const bar = el('div', 'bar');
    const stage = el('div', 'stage');
    stage.tabIndex = 0;
    const img = el('img');
    img.alt = '';
    img.draggable = false;
    const layer = el('div');
    const info = el('div', 'info'); // under the image, so its text never moves the image while the user drags
    const error = el('div', 'error');
    stage.append(img, layer);
    wrap.append(bar, stage, info, error);
    root.append(style, wrap);

    const colour = (label) => {
        const i = a.labels.indexOf(label);
        return palette[(i < 0 ? a.labels.length : i) % palette.length];
    };

    function send() {
        const v = boxes.map(box);
        const c = canon(v);
        if (c === shown) return;
        if (!sent.length) base = shown;
        shown = c;
        sent.push(c);
        setValue(v);
    }

    function drawBar() {
        bar.replaceChildren(el('span', 'title', 'Label'));
        for (const label of a.labels) {
            const b = el('button', 'label');
            b.type = 'button';
            b.dataset.label = label;
            b.style.setProperty('--c', colour(label));
            b.setAttribute('aria-pressed', String(label === current));
            b.append(el('span', 'swatch'), label);
            b.addEventListener('click', () => pick(label));
            bar.append(b);
        }

        bar.append(el('span', 'spacer'));
        const del = el('button', 'delete', 'Delete box');
        del.type = 'button';
        del.disabled = !boxes[selected];
        del.addEventListener('click', remove);
        bar.append(del);
    }

    function drawBoxes() {
        wrap.dataset.boxes = String(boxes.length);
        wrap.dataset.selected = String(selected);
        const s = boxes[selected];
        info.textContent = s
            ? `${s.label}: ${s.width}×${s.height} at (${s.x}, ${s.y}). Drag it or its handles; pick a label to relabel it; Delete removes it.`
            : `${boxes.length} box${boxes.length === 1 ? '' : 'es'}. Drag on the image to draw a ${current} box; click a box to select it.`;
        layer.replaceChildren();
        if (!natural.w) return;
        const scale = stage.clientWidth / natural.w || 1;
        boxes.forEach((b, i) => {
            const d = el('div', 'box');
            d.dataset.index = String(i);
            d.dataset.label = b.label;
            d.title = `${b.label}: ${b.width}×${b.height} at (${b.x}, ${b.y})`;
            d.style.setProperty('--c', colour(b.label));
            d.style.left = `${(100 * b.x) / natural.w}%`;
            d.style.top = `${(100 * b.y) / natural.h}%`;
            d.style.width = `${(100 * b.width) / natural.w}%`;
            d.style.height = `${(100 * b.height) / natural.h}%`;
            if (i === selected) d.classList.add('selected');
            if (b.y * scale < 18) d.classList.add('low'); // no room above: the tag goes inside
            d.append(el('span', 'tag', b.label));
            for (const [name, [x, y]] of Object.entries(handles)) {
                const h = el('div', 'handle');
                h.dataset.handle = name;
                h.style.left = `${x}%`;
                h.style.top = `${y}%`;
                d.append(h);
            }
            layer.append(d);
        });
    }

    function redraw() {
        drawBar();
        drawBoxes();
    }

    function pick(label) {
        current = label;
        if (boxes[selected] && boxes[selected].label !== label) {
            boxes[selected] = { ...boxes[selected], label };
            send();
        }
        redraw();
    }

    function remove() {
        if (!boxes[selected]) return;
        boxes = boxes.filter((_, i) => i !== selected);
        selected = -1;
        redraw();
        send();
    }

    // The pointer in image pixels, inside the image.
    function at(e) {
        const r = stage.getBoundingClientRect();
        return {
            x: clamp(Math.round(((e.clientX - r.left) * natural.w) / r.width), 0, natural.w),
            y: clamp(Math.round(((e.clientY - r.top) * natural.h) / r.height), 0, natural.h),
        };
    }

    function down(e) {
        if (e.button !== 0 || !natural.w) return;
        e.preventDefault();
        stage.focus({ preventScroll: true });
        stage.setPointerCapture?.(e.pointerId);
        const p = at(e);
        const handle = e.target.closest?.('.handle');
        const target = e.target.closest?.('.box');
        if (target) {
            selected = Number(target.dataset.index);
            current = boxes[selected].label;
            drag = { mode: handle ? 'resize' : 'move', handle: handle?.dataset.handle, start: p, from: { ...boxes[selected] } };
        } else {
            boxes.push({ label: current, x: p.x, y: p.y, width: 0, height: 0 });
            selected = boxes.length - 1;
            drag = { mode: 'new', start: p, from: null };
        }
        redraw();
    }

    function move(e) {
        if (!drag) return;
        const p = at(e);
        const f = drag.from;
        if (drag.mode === 'new') {
            const s = drag.start;
            boxes[selected] = { ...boxes[selected], x: Math.min(s.x, p.x), y: Math.min(s.y, p.y), width: Math.abs(p.x - s.x), height: Math.abs(p.y - s.y) };
        } else if (drag.mode === 'move') {
            const x = clamp(f.x + p.x - drag.start.x, 0, natural.w - f.width);
            const y = clamp(f.y + p.y - drag.start.y, 0, natural.h - f.height);
            boxes[selected] = { ...f, x, y };
        } else {
            let [l, t, r, b] = [f.x, f.y, f.x + f.width, f.y + f.height];
            if (drag.handle.includes('w')) l = p.x;
            if (drag.handle.includes('e')) r = p.x;
            if (drag.handle.includes('n')) t = p.y;
            if (drag.handle.includes('s')) b = p.y;
            boxes[selected] = { ...f, x: Math.min(l, r), y: Math.min(t, b), width: Math.max(1, Math.abs(r - l)), height: Math.max(1, Math.abs(b - t)) };
        }
        drawBoxes();
    }

    function up() {
        if (!drag) return;
        const mode = drag.mode;
        drag = null;
        if (mode === 'new') {
            const b = boxes[selected];
            const r = stage.getBoundingClientRect();
            // A click (or a tiny drag) on the image is not a box: it only clears the selection.
            if ((b.width * r.width) / natural.w < 4 || (b.height * r.height) / natural.h < 4) {
                boxes.pop();
                selected = -1;
            }
        }
        if (stashed) {
            const [sa, sv] = stashed;
            stashed = null;
            apply(sa, sv);
        }
        redraw();
        send();
    }

    function key(e) {
        if ((e.key === 'Delete' || e.key === 'Backspace') && boxes[selected]) {
            e.preventDefault();
            remove();
        } else if (e.key === 'Escape') {
            selected = -1;
            redraw();
        }
    }

    function load() {
        natural = { w: img.naturalWidth || 300, h: img.naturalHeight || 150 }; // an SVG without a size: the browser's default
        wrap.dataset.width = String(natural.w);
        wrap.dataset.height = String(natural.h);
        error.textContent = '';
        redraw();
    }

    function apply(newArgs, v) {
        a = newArgs;
        if (!a.labels.includes(current)) current = a.labels[0];
        if (img.getAttribute('src') !== a.src) img.src = a.src;
        const c = canon(v ?? a.boxes);
        const own = sent.indexOf(c);
        if (own >= 0) {
            sent = sent.slice(own + 1); // the rerun of a value this module sent: the boxes on screen are as new or newer
        } else if (sent.length && c === base) {
            // A rerun that has not seen this module's values yet (a form holds them until its submit button, or
            // another widget's rerun started first): keep the boxes on screen.
        } else if (c !== shown) {
            // The script set the value (ui.State[key] = …, or null: back to the pre-filled boxes), or new pre-filled boxes.
            boxes = (v ?? a.boxes ?? []).map(box);
            shown = c;
            sent = [];
            if (selected >= boxes.length) selected = -1;
        }
    }

    img.addEventListener('load', load);
    img.addEventListener('error', () => { error.textContent = `The image could not be loaded: ${String(a.src).slice(0, 80)}`; });
    stage.addEventListener('pointerdown', down);
    stage.addEventListener('pointermove', move);
    stage.addEventListener('pointerup', up);
    stage.addEventListener('pointercancel', up);
    stage.addEventListener('keydown', key);
    const resized = new ResizeObserver(() => drawBoxes());
    resized.observe(stage);
    img.src = a.src;
    redraw();

    return {
        update(newArgs, v) {
            if (drag) {
                stashed = [newArgs, v];
                return;
            }
            apply(newArgs, v);
            redraw();
        },
        dispose() {
            resized.disconnect();
            stage.removeEventListener('pointerdown', down);
            stage.removeEventListener('pointermove', move);
            stage.removeEventListener('pointerup', up);
            stage.removeEventListener('pointercancel', up);
            stage.removeEventListener('keydown', key);
        },
    };
}
