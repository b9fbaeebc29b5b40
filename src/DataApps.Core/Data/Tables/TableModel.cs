using Microsoft.Data.Analysis;

namespace DataApps.Data;

/// <summary>How a table view is sorted, filtered and searched: view state of one grid, kept by its renderer.</summary>
/// <param name="SortColumn">The column sorted by, or null for frame order.</param>
/// <param name="Descending">Whether the sort is descending.</param>
/// <param name="Filters">Filter text per column name (blank entries are ignored).</param>
/// <param name="Search">Text searched in every visible column, case-insensitively.</param>
internal sealed record TableQuery(string? SortColumn = null, bool Descending = false, IReadOnlyDictionary<string, string>? Filters = null, string? Search = null)
{
    public static TableQuery None { get; } = new();
}

/// <summary>
/// The server side of a grid over a <see cref="DataFrame"/>: the visible columns, the rows that pass the
/// query in the query's order, and the formatted cells of any window of them. The frame is never copied.
/// </summary>
internal sealed class TableModel
{
    private readonly int[]? _rows; // null: every row, in frame order

    private TableModel(DataFrame frame, IReadOnlyList<TableColumn> columns, TableQuery query, int[]? rows, IReadOnlyDictionary<string, string> errors)
    {
        Frame = frame;
        Columns = columns;
        Query = query;
        FilterErrors = errors;
        _rows = rows;
        Count = rows?.Length ?? checked((int)frame.Rows.Count);
    }

    public DataFrame Frame { get; }

    /// <summary>The visible columns, pinned ones first.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The number of rows that pass the query.</summary>
    public int Count { get; }

    /// <summary>The frame's row count.</summary>
    public int TotalCount => checked((int)Frame.Rows.Count);

    /// <summary>The query this model shows.</summary>
    public TableQuery Query { get; }

    /// <summary>Filter texts that could not be read, by column name, with the reason.</summary>
    public IReadOnlyDictionary<string, string> FilterErrors { get; }

    /// <summary>A model over <paramref name="frame"/>, or null with an error when <paramref name="columns"/> names a column the frame lacks.</summary>
    public static TableModel? Create(DataFrame frame, IReadOnlyList<Column> columns, out string? error)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return TableColumn.Resolve(frame, columns, out error) is { } resolved
            ? new TableModel(frame, resolved, TableQuery.None, null, new Dictionary<string, string>())
            : null;
    }

    /// <summary>The same frame and columns sorted, filtered and searched by <paramref name="query"/>; this model does not change, so it may run off the UI thread.</summary>
    /// <remarks>A sort order is computed once per column and direction and shared (see Note [Sort cache]).</remarks>
    public TableModel Apply(TableQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sortColumn = query.SortColumn is { } name && Frame.Columns.IndexOf(name) >= 0 ? Frame.Columns[name] : null;
        var order = sortColumn is null ? null : TableSort.Order(sortColumn, query.Descending);
        var keep = Keep(query, out var errors);
        if (keep is null)
        {
            return new TableModel(Frame, Columns, query, order, errors);
        }

        var rows = new List<int>();
        if (order is null)
        {
            for (var row = 0; row < keep.Length; row++)
            {
                if (keep[row])
                {
                    rows.Add(row);
                }
            }
        }
        else
        {
            foreach (var row in order)
            {
                if (keep[row])
                {
                    rows.Add(row);
                }
            }
        }

        return new TableModel(Frame, Columns, query, [.. rows], errors);
    }

    /// <summary>The original index of the row at <paramref name="position"/> in the view.</summary>
    public int RowAt(int position) => _rows is null ? position : _rows[position];

    /// <summary>The rows at positions <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> of the view (fewer at the end).</summary>
    public IReadOnlyList<TableRow> GetRows(int start, int count)
    {
        start = Math.Clamp(start, 0, Count);
        count = Math.Clamp(count, 0, Count - start);
        var rows = new TableRow[count];
        for (var i = 0; i < count; i++)
        {
            var row = RowAt(start + i);
            var cells = new TableCell[Columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = Columns[c].Cell(row);
            }

            rows[i] = new TableRow(row, cells);
        }

        return rows;
    }

    /// <summary>Which rows pass the filters and the search; null when nothing filters.</summary>
    private bool[]? Keep(TableQuery query, out Dictionary<string, string> errors)
    {
        errors = [];
        var filters = new List<TableFilter>();
        foreach (var (name, text) in query.Filters ?? new Dictionary<string, string>())
        {
            var column = Columns.FirstOrDefault(c => c.Name == name);
            if (column is null)
            {
                continue;
            }

            if (TableFilter.Parse(column, text, out var error) is { } filter)
            {
                filters.Add(filter);
            }
            else if (error is not null)
            {
                errors[name] = error;
            }
        }

        var search = query.Search?.Trim();
        if (filters.Count == 0 && string.IsNullOrEmpty(search))
        {
            return null;
        }

        var keep = new bool[TotalCount];
        Array.Fill(keep, true);
        foreach (var filter in filters)
        {
            filter.Apply(keep);
        }

        if (!string.IsNullOrEmpty(search))
        {
            TableSearch.Apply(Columns, search, keep);
        }

        return keep;
    }
}
