// A JS component for the hidden "JS component payloads" page: sends a string of a chosen length, so the browser tests can
// check values sent in one call (up to 16 KB), streamed (16 KB to the limit) and refused (over the limit).
export function render(root, args, setValue) {
    const style = document.createElement('style');
    style.textContent = 'input { width: 10em; font: inherit; } button { font: inherit; margin-left: 6px; }';
    const size = document.createElement('input');
    size.type = 'number';
    size.min = '0';
    size.className = 'size';
    size.setAttribute('aria-label', 'Characters');
    const send = document.createElement('button');
    send.type = 'button';
    send.className = 'send';
    send.textContent = 'Send';
    send.addEventListener('click', () => setValue(args.fill.repeat(Number(size.value))));
    root.append(style, size, send);
}
