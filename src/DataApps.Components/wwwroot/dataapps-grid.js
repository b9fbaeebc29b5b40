// The scrolling of ui.DataFrame grids: see Note [Grid scrolling] in Views/Data/DataFrameView.razor.cs.
// The server renders a window of rows (data-first, data-count) out of data-total; this script maps the scroll
// position onto a virtual offset, places that window exactly, and asks the server for another window when needed.

// The most pixels of scrollable height: browsers cap element heights near 15-33 million pixels.
const CAP = 8_000_000;

export function attach(root, dotnet, rowHeight, overscan) {
    return new Grid(root, dotnet, rowHeight, overscan);
}

class Grid {
    constructor(root, dotnet, rowHeight, overscan) {
        this.root = root;
        this.dotnet = dotnet;
        this.rowH = rowHeight;
        this.overscan = overscan;
        this.scroll = root.querySelector('.da-grid-scroll');
        this.window = root.querySelector('.da-grid-window');
        this.head = root.querySelector('.da-grid-head');
        this.spacer = root.querySelector('.da-grid-spacer');
        this.top = 0;          // the virtual offset of the rows, in pixels (row index x row height)
        this.expected = -1;    // the scrollTop this script set last
        this.busy = false;     // a window request is in flight
        this.again = false;    // and another is needed after it
        this.wanted = '';
        this.onScroll = () => this.scrolled();
        this.onWheel = e => this.wheel(e);
        this.onKey = e => this.key(e);
        this.scroll.addEventListener('scroll', this.onScroll, { passive: true });
        this.scroll.addEventListener('wheel', this.onWheel, { passive: false });
        this.scroll.addEventListener('keydown', this.onKey);
        this.mutations = new MutationObserver(() => this.refresh());
        this.mutations.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-first', 'data-total', 'data-count'] });
        this.resizes = new ResizeObserver(() => this.refresh());
        this.resizes.observe(this.scroll);
        this.refresh();
        root.dataset.ready = 'true'; // for tests and benchmarks: scrolling works from now on
    }

    get rows() { return this.root.querySelector('.da-grid-rows'); }

    measure() {
        const rows = this.rows;
        const total = rows ? +rows.dataset.total || 0 : 0;
        const headH = this.head.offsetHeight;
        const style = getComputedStyle(this.scroll);
        const chrome = this.scroll.offsetHeight - this.scroll.clientHeight; // borders and a horizontal scrollbar
        const maxClient = (parseFloat(style.maxHeight) || this.scroll.clientHeight) - chrome;
        const content = total * this.rowH;
        const clientH = Math.max(headH, Math.min(headH + content, maxClient));
        const viewH = clientH - headH;
        const native = Math.min(content, CAP);
        return {
            total, headH, clientH, viewH, native,
            maxTop: Math.max(0, content - viewH),
            maxNative: Math.max(0, native - viewH),
        };
    }

    refresh() {
        if (!this.rows) return;
        const m = this.m = this.measure();
        this.window.style.height = m.clientH + 'px';
        this.spacer.style.height = Math.max(0, m.headH + m.native - m.clientH) + 'px';
        if (this.top > m.maxTop) this.setTop(m.maxTop, false);
        this.place();
        this.ensure();
    }

    scrollTopFor(top) {
        const m = this.m;
        return m.maxTop > 0 ? top * m.maxNative / m.maxTop : 0;
    }

    setTop(top, load = true) {
        const m = this.m;
        this.top = Math.max(0, Math.min(top, m.maxTop));
        const st = this.scrollTopFor(this.top);
        this.expected = st;
        this.scroll.scrollTop = st;
        this.place();
        if (load) this.ensure();
    }

    scrolled() {
        const m = this.m;
        const st = this.scroll.scrollTop;
        // The script's own scrolling keeps its exact offset; anything else (the thumb, native keys) maps proportionally.
        if (Math.abs(st - this.expected) > 1) {
            this.top = m.maxNative > 0 ? st * m.maxTop / m.maxNative : 0;
        }
        this.expected = st;
        this.place();
        this.ensure();
    }

    wheel(e) {
        const m = this.m;
        if (e.ctrlKey || m.native >= m.total * this.rowH) return; // below the cap, native scrolling is exact
        let dy = e.deltaY;
        if (e.deltaMode === 1) dy *= this.rowH;
        else if (e.deltaMode === 2) dy *= m.viewH;
        if (dy === 0) return;
        e.preventDefault();
        if (e.deltaX) this.scroll.scrollLeft += e.deltaX;
        this.setTop(this.top + dy);
    }

    key(e) {
        if (e.target !== this.scroll || e.altKey || e.metaKey) return;
        const m = this.m;
        const page = Math.max(this.rowH, m.viewH - this.rowH);
        let top = null;
        switch (e.key) {
            case 'PageDown': top = this.top + page; break;
            case 'PageUp': top = this.top - page; break;
            case 'ArrowDown': top = this.top + this.rowH; break;
            case 'ArrowUp': top = this.top - this.rowH; break;
            case 'Home': top = 0; break;
            case 'End': top = m.maxTop; break;
            case ' ': top = this.top + (e.shiftKey ? -page : page); break;
        }
        if (top !== null) {
            e.preventDefault();
            this.setTop(top);
        }
    }

    // Places the rendered window so that its rows sit at their exact virtual positions.
    place() {
        const rows = this.rows;
        if (!rows) return;
        const first = +rows.dataset.first || 0;
        rows.style.transform = `translateY(${first * this.rowH - this.top}px)`;
    }

    // Asks the server for the window around the visible rows when the rendered one no longer covers them.
    ensure() {
        const rows = this.rows;
        const m = this.m;
        if (!rows || !m || m.total === 0) return;
        const first = Math.floor(this.top / this.rowH);
        const visible = Math.ceil(m.viewH / this.rowH) + 1;
        const have = +rows.dataset.first || 0;
        const count = +rows.dataset.count || 0;
        const last = Math.min(m.total, first + visible);
        const covered = first >= have && last <= have + count;
        const margin = Math.floor(this.overscan / 2);
        const roomy = (first - have >= margin || have === 0) && (have + count - last >= margin || have + count >= m.total);
        if (covered && roomy) return;
        const start = Math.max(0, first - this.overscan);
        const want = visible + 2 * this.overscan;
        const key = start + ':' + want + ':' + m.total;
        if (key === this.wanted && this.busy) return;
        if (this.busy) { this.again = true; return; }
        this.wanted = key;
        this.busy = true;
        this.dotnet.invokeMethodAsync('Viewport', start, want)
            .catch(() => { })
            .finally(() => {
                this.busy = false;
                if (this.again) { this.again = false; this.ensure(); }
            });
    }

    scrollToTop() {
        this.setTop(0);
    }

    dispose() {
        this.scroll.removeEventListener('scroll', this.onScroll);
        this.scroll.removeEventListener('wheel', this.onWheel);
        this.scroll.removeEventListener('keydown', this.onKey);
        this.mutations.disconnect();
        this.resizes.disconnect();
    }
}
