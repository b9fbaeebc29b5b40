// The widget1 JS component. The page's loader calls render(root, args, setValue, value) once: root is a shadow root of
// its own (the styles below stay inside it), args is what the C# verb passed, value is the last value set (null at
// first). setValue(v) sends v to the server, which runs the page again. A rerun with new args calls update(args, value)
// on the object returned here, so the DOM stays. The contract: DataApps' docs/custom-components.md, "JS components".
const css = `
  .widget1 { display: inline-flex; align-items: center; gap: 8px; font: 14px system-ui, sans-serif; }
  button { min-width: 32px; font: inherit; padding: 2px 8px; border: 1px solid #c8c8c8; border-radius: 4px; background: #fafafa; cursor: pointer; }
  button:disabled { opacity: .5; cursor: default; }
  output { min-width: 2em; text-align: center; font-variant-numeric: tabular-nums; }
`;

export function render(root, args, setValue, value) {
    let a = args;
    let current = value ?? a.value;

    const style = document.createElement('style');
    style.textContent = css;
    const box = document.createElement('div');
    box.className = 'widget1';
    const label = document.createElement('span');
    const down = document.createElement('button');
    down.type = 'button';
    down.dataset.step = 'down';
    down.textContent = '−';
    const output = document.createElement('output');
    const up = document.createElement('button');
    up.type = 'button';
    up.dataset.step = 'up';
    up.textContent = '+';
    box.append(label, down, output, up);
    root.append(style, box);

    function draw() {
        label.textContent = a.label;
        output.textContent = String(current);
        down.disabled = current <= a.min;
        up.disabled = current >= a.max;
        down.setAttribute('aria-label', `${a.label}: less`);
        up.setAttribute('aria-label', `${a.label}: more`);
    }

    function change(delta) {
        current = Math.min(a.max, Math.max(a.min, current + delta));
        draw();
        setValue(current);
    }

    down.onclick = () => change(-a.step);
    up.onclick = () => change(a.step);
    draw();

    return {
        // New args (another range or step) or a value the script changed (ui.State[key] = null goes back to args.value).
        update(newArgs, newValue) {
            a = newArgs;
            current = newValue ?? a.value;
            draw();
        },
        dispose() {
            down.onclick = null;
            up.onclick = null;
        },
    };
}
