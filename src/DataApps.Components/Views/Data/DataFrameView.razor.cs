using System.Globalization;
using DataApps.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Data;

/// <summary>Shows a frame as a server-side virtualized grid (<c>ui.DataFrame</c>): sort, filters, search, pinned columns, selection.</summary>
/// <remarks>
/// Note [Grid scrolling]: the browser never holds the frame. The Core <see cref="TableModel"/> sorts, filters and
/// searches on the server, and this view renders only the window of rows dataapps-grid.js asks for (what is visible
/// plus an overscan). Browsers cap an element's height near 15–33 million pixels, so a spacer of rows × row height
/// breaks near a million rows: the script caps the scrollable height and maps the scroll position proportionally
/// onto a virtual offset (in rows × row height), then places the rendered window exactly at that offset. Wheel and
/// keyboard scrolling move the virtual offset by real pixels, so the cap only changes how far a drag of the
/// scrollbar thumb goes. Sort, filters, search and the scroll position are view state of this component: they
/// survive reruns (the component is keyed by the element's id) and a new frame keeps them where its columns allow.
/// </remarks>
public partial class DataFrameView
{
    internal const int RowHeight = 32;
    internal const int SelectWidth = 40;
    internal const int MaxWindow = 400;
    private const int Overscan = 8;

    // Material "search", "check_box" and "check_box_outline_blank".
    private static readonly MarkupString SearchIcon = Icon("M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z");
    private static readonly MarkupString CheckedIcon = Icon("M19 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zm-9 14-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z");
    private static readonly MarkupString UncheckedIcon = Icon("M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z");

    private readonly Dictionary<string, string> _filters = new(StringComparer.Ordinal);
    private TableModel? _model;
    private string? _error;
    private DataFrameElement? _modelFor;
    private IReadOnlyList<TableRow> _rows = [];
    private HashSet<int> _selected = [];
    private string? _sortColumn;
    private bool _descending;
    private string _search = "";
    private int _start;
    private int _count = 24;
    private static int _grids;
    private readonly string _scope = "da-g" + Interlocked.Increment(ref _grids).ToString(CultureInfo.InvariantCulture);
    private string _css = "";
    private bool _busy;
    private int _version;
    private CancellationTokenSource? _debounce;
    private ElementReference _root;
    private IJSObjectReference? _module;
    private IJSObjectReference? _grid;
    private DotNetObjectReference<DataFrameView>? _self;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private string CountText
    {
        get
        {
            var shown = _model!.Count.ToString("N0", CultureInfo.InvariantCulture);
            var total = _model.TotalCount.ToString("N0", CultureInfo.InvariantCulture);
            var rows = _model.Count == _model.TotalCount ? $"{total} rows" : $"{shown} of {total} rows";
            return _selected.Count > 0 ? $"{rows} · {_selected.Count.ToString("N0", CultureInfo.InvariantCulture)} selected" : rows;
        }
    }

    /// <summary>The window of rows the browser asks for while scrolling: positions in the sorted, filtered view.</summary>
    /// <param name="start">The first position.</param>
    /// <param name="count">How many rows.</param>
    [JSInvokable]
    public Task Viewport(int start, int count)
    {
        _start = Math.Max(0, start);
        _count = Math.Clamp(count, 1, MaxWindow);
        LoadRows();
        Refresh();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_modelFor is not null && ReferenceEquals(_modelFor.Data, Element.Data) && _modelFor.Columns.Equals(Element.Columns))
        {
            if (!_modelFor.Selected.Equals(Element.Selected))
            {
                _selected = [.. Element.Selected];
            }

            if (_modelFor.Selection != Element.Selection && _model is not null)
            {
                Layout(_model); // the check box column comes or goes, and the pinned columns move with it
            }

            _modelFor = Element;
            return;
        }

        _modelFor = Element;
        _selected = [.. Element.Selected];
        var model = TableModel.Create(Element.Data, [.. Element.Columns], out _error);
        if (model is null)
        {
            _model = null;
            return;
        }

        // A new frame keeps the view state its columns still allow.
        var names = model.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (_sortColumn is not null && !names.Contains(_sortColumn))
        {
            _sortColumn = null;
        }

        foreach (var name in _filters.Keys.Where(n => !names.Contains(n)).ToList())
        {
            _filters.Remove(name);
        }

        Layout(model);
        if (_grid is null)
        {
            // Until the script says what it shows: the rows that fit the height, and the overscan below them.
            _count = Math.Clamp(((Element.Height - 70) / RowHeight) + 1 + Overscan, 8, MaxWindow);
        }

        var query = Query();
        if (IsEmpty(query))
        {
            _model = model;
            LoadRows();
            return;
        }

        // Sorting a new frame of a million rows takes a moment: off the circuit's thread, then render (the element has not changed since).
        _model = await Task.Run(() => model.Apply(query));
        LoadRows();
        Refresh();
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_model is null || _grid is not null || _module is not null)
        {
            return;
        }

        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./_content/DataApps.Components/dataapps-grid.js");
            _self = DotNetObjectReference.Create(this);
            _grid = await _module.InvokeAsync<IJSObjectReference>("attach", _root, _self, RowHeight, Overscan);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
            // Without the script (prerendering, a closed circuit) the grid still shows its first rows.
        }
    }

    private static bool IsEmpty(TableQuery query) =>
        query.SortColumn is null && string.IsNullOrWhiteSpace(query.Search) && (query.Filters is null || query.Filters.Values.All(string.IsNullOrWhiteSpace));

    private TableQuery Query() => new(_sortColumn, _descending, new Dictionary<string, string>(_filters), _search);

    /// <summary>
    /// The grid's own style block: column widths (a CSS grid template), pinned columns (sticky at their offsets, the
    /// check box and index columns first) and right alignment, by column position (see Note [Lean rows]).
    /// </summary>
    private void Layout(TableModel model)
    {
        var digits = Math.Max(1, model.TotalCount.ToString("N0", CultureInfo.InvariantCulture).Length);
        var indexWidth = Math.Max(48, (digits * 8) + 20);
        var widths = new List<(int Width, bool Pinned, bool Right)>();
        if (Element.Selection == RowSelection.MultiRow)
        {
            widths.Add((SelectWidth, true, false));
        }

        widths.Add((indexWidth, true, true));
        widths.AddRange(model.Columns.Select(c => (c.Width, c.Config.Pinned, c.AlignRight)));

        var css = new System.Text.StringBuilder();
        var scope = "." + _scope;
        css.Append(CultureInfo.InvariantCulture, $"{scope} .da-grid-row{{grid-template-columns:{string.Join(' ', widths.Select(w => w.Width + "px"))}}}");
        var left = 0;
        var lastPinned = widths.FindLastIndex(w => w.Pinned);
        for (var i = 0; i < widths.Count; i++)
        {
            var child = $"{scope} .da-grid-row .da-cell:nth-child({i + 1})"; // no ">": the block is text, escaped when prerendered
            if (widths[i].Pinned)
            {
                css.Append(CultureInfo.InvariantCulture, $"{child}{{position:sticky;left:{left}px;z-index:1{(i == lastPinned ? ";box-shadow:1px 0 0 var(--mud-palette-lines-default)" : "")}}}");
            }

            if (widths[i].Right)
            {
                css.Append(CultureInfo.InvariantCulture, $"{child}{{text-align:right;justify-content:flex-end}}");
            }

            left += widths[i].Width;
        }

        _css = css.ToString();
    }

    private void LoadRows()
    {
        if (_model is null)
        {
            return;
        }

        if (_start >= _model.Count)
        {
            _start = Math.Max(0, _model.Count - _count);
        }

        _rows = _model.GetRows(_start, _count);
    }

    private async Task ApplyAsync(bool toTop)
    {
        if (_model is null)
        {
            return;
        }

        var version = ++_version;
        var model = _model;
        var query = Query();
        _busy = true;
        Refresh();
        var next = await Task.Run(() => model.Apply(query));
        if (version != _version || !ReferenceEquals(model.Frame, _model?.Frame))
        {
            return; // a newer query or a new frame won
        }

        _model = next;
        _busy = false;
        if (toTop)
        {
            _start = 0;
        }

        LoadRows();
        Refresh();
        if (toTop && _grid is not null)
        {
            try
            {
                await _grid.InvokeVoidAsync("scrollToTop");
            }
            catch (JSDisconnectedException)
            {
            }
        }
    }

    private Task SortBy(TableColumn column)
    {
        // Ascending, then descending, then frame order.
        if (_sortColumn != column.Name)
        {
            (_sortColumn, _descending) = (column.Name, false);
        }
        else if (!_descending)
        {
            _descending = true;
        }
        else
        {
            (_sortColumn, _descending) = (null, false);
        }

        return ApplyAsync(toTop: true);
    }

    private Task OnSearchInput(ChangeEventArgs e)
    {
        _search = e.Value as string ?? "";
        return DebounceAsync();
    }

    private Task OnFilterInput(TableColumn column, string? text)
    {
        _filters[column.Name] = text ?? "";
        return DebounceAsync();
    }

    private Task OnFilterChanged(TableColumn column, string? text)
    {
        _filters[column.Name] = text ?? "";
        return ApplyAsync(toTop: true);
    }

    /// <summary>Typing filters after a short pause, not on every key: each filter pass reads every row.</summary>
    private async Task DebounceAsync()
    {
        _debounce?.Cancel();
        _debounce?.Dispose();
        var debounce = _debounce = new CancellationTokenSource();
        try
        {
            await Task.Delay(250, debounce.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await ApplyAsync(toTop: true);
    }

    private void OnRowClick(int row)
    {
        if (Element.Selection == RowSelection.SingleRow)
        {
            _selected = _selected.Contains(row) ? [] : [row];
            Commit();
        }
    }

    private void Toggle(int row)
    {
        if (!_selected.Remove(row))
        {
            _selected.Add(row);
        }

        Commit();
    }

    private void Commit()
    {
        SendValue(_selected.Order().ToArray());
        Refresh();
    }

    private string FilterText(TableColumn column) => _filters.GetValueOrDefault(column.Name) ?? "";

    private string? FilterError(TableColumn column) => _model!.FilterErrors.GetValueOrDefault(column.Name);

    private string FilterClass(TableColumn column) => FilterError(column) is null ? "da-grid-filter" : "da-grid-filter da-invalid";

    private static string FilterHint(TableColumn column) => column.Kind switch
    {
        ValueKind.Number => "> 5, 1..10",
        ValueKind.Date => ">= 2024-01-01",
        _ => "contains",
    };

    private string? AriaSort(TableColumn column) => _sortColumn != column.Name ? null : _descending ? "descending" : "ascending";

    private string SortMark(TableColumn column) => _sortColumn != column.Name ? "" : _descending ? "▼" : "▲";

    private static MarkupString Icon(string path) => new($"<svg viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"{path}\"/></svg>");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _debounce?.Cancel();
        _debounce?.Dispose();
        try
        {
            if (_grid is not null)
            {
                await _grid.InvokeVoidAsync("dispose");
                await _grid.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (Exception ex) when (ex is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit is gone, and the DOM with it.
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
