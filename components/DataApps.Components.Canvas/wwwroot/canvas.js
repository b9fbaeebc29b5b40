// The canvas JS component (see docs/custom-components.md, "JS components", for the contract).
// render(root, args, setValue, value): root is a shadow root, so the styles below stay inside the component.
const css = `
  .canvas { display: inline-flex; flex-direction: column; gap: 6px; }
  canvas { border: 1px solid #c8c8c8; border-radius: 4px; touch-action: none; cursor: crosshair; display: block; }
  .bar { display: flex; gap: 6px; align-items: center; font: 13px system-ui, sans-serif; color: #555; }
  button { font: inherit; padding: 2px 10px; border: 1px solid #c8c8c8; border-radius: 4px; background: #fafafa; cursor: pointer; }
  button:disabled { opacity: .5; cursor: default; }
`;

const round = (n) => Math.round(n * 10) / 10;

export function render(root, args, setValue, value) {
    let a = args;
    let serverValue = value ?? null; // the value the script last gave: a reset is a change from a drawing to null
    let strokes = Array.isArray(value?.strokes) ? value.strokes : [];
    let current = null;

    const style = document.createElement('style');
    style.textContent = css;
    const box = document.createElement('div');
    box.className = 'canvas';
    const canvas = document.createElement('canvas');
    const bar = document.createElement('div');
    bar.className = 'bar';
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.textContent = 'Undo';
    undo.className = 'undo';
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = 'Clear';
    clear.className = 'clear';
    bar.append(undo, clear);
    box.append(canvas, bar);
    root.append(style, box);
    const ctx = canvas.getContext('2d');

    function size() {
        if (canvas.width !== a.width) canvas.width = a.width;
        if (canvas.height !== a.height) canvas.height = a.height;
    }

    function draw(s) {
        const p = s.points;
        if (!p.length) return;
        ctx.strokeStyle = s.color;
        ctx.lineWidth = s.width;
        ctx.lineCap = 'round';
        ctx.lineJoin = 'round';
        ctx.beginPath();
        if (s.tool === 'rect' && p.length > 1) {
            ctx.rect(p[0].x, p[0].y, p[p.length - 1].x - p[0].x, p[p.length - 1].y - p[0].y);
        } else {
            ctx.moveTo(p[0].x, p[0].y);
            const rest = s.tool === 'line' ? p.slice(-1) : p.slice(1);
            for (const q of (rest.length ? rest : [p[0]])) ctx.lineTo(q.x, q.y);
        }
        ctx.stroke();
    }

    function redraw() {
        size();
        ctx.fillStyle = a.background;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        for (const s of strokes) draw(s);
        if (current) draw(current);
        canvas.dataset.strokes = String(strokes.length);
        undo.disabled = clear.disabled = strokes.length === 0;
    }

    function send() {
        setValue({ strokes, png: a.png ? canvas.toDataURL('image/png') : null });
    }

    function at(e) {
        const r = canvas.getBoundingClientRect();
        return { x: round(e.clientX - r.left), y: round(e.clientY - r.top) };
    }

    function down(e) {
        if (e.button !== 0) return;
        canvas.setPointerCapture?.(e.pointerId);
        current = { tool: a.tool, points: [at(e)], color: a.strokeColor, width: a.strokeWidth };
        redraw();
    }

    function move(e) {
        if (!current) return;
        const p = at(e);
        if (current.tool === 'freedraw') current.points.push(p);
        else current.points[1] = p;
        redraw();
    }

    function up() {
        if (!current) return;
        strokes = [...strokes, current];
        current = null;
        redraw();
        send();
    }

    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    undo.addEventListener('click', () => { strokes = strokes.slice(0, -1); redraw(); send(); });
    clear.addEventListener('click', () => { strokes = []; redraw(); send(); });
    redraw();

    return {
        // New args (colour, width, tool, size) apply to new strokes; the drawing stays.
        update(args, value) {
            a = args;
            // The script reset the value (ui.State[key] = null): clear the drawing too. A rerun that has not seen the
            // user's strokes yet (a form holding them, or a run that started before they arrived) still says null, as
            // the script did before: that is no reset, and the drawing stays.
            if (value === null && serverValue !== null) strokes = [];
            serverValue = value ?? null;
            redraw();
        },
        dispose() {
            canvas.removeEventListener('pointerdown', down);
            canvas.removeEventListener('pointermove', move);
            canvas.removeEventListener('pointerup', up);
        },
    };
}
