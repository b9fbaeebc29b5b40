using System.Globalization;
using DataApps.Data;
using DataApps.Widgets;
using Frame = Microsoft.Data.Analysis.DataFrame;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>The height of a grid when none is given, in CSS pixels (a shorter frame takes less).</summary>
    internal const int DefaultGridHeight = 400;

    /// <summary>The most rows <see cref="Table(Frame, IEnumerable{Column}?, int)"/> renders.</summary>
    internal const int DefaultTableRows = 1000;

    /// <summary>
    /// Shows a frame as an interactive grid: sorted, filtered and searched on the server, scrolled with only the
    /// visible rows sent to the browser (a million rows are fine). Returns the selected rows.
    /// </summary>
    /// <param name="data">The frame; held by reference, so do not change it afterwards.</param>
    /// <param name="columns">How columns are shown (label, format, width, pinned, hidden, special types); others by their data type.</param>
    /// <param name="height">The height in CSS pixels; 400 by default (a short frame takes less).</param>
    /// <param name="selection">Whether rows can be selected: none, one (click a row) or many (check boxes).</param>
    /// <param name="key">A unique key: the grid's identity, and its selection is readable through <c>ui.State[key]</c>.</param>
    /// <param name="onChange">Called before the next run when the selection changes.</param>
    /// <returns>The selected rows (indices into <paramref name="data"/>); empty without selection.</returns>
    /// <example><c>var picked = ui.DataFrame(df, columns: [Column.Percent("share")], selection: RowSelection.MultiRow);</c></example>
    public TableSelection DataFrame(Frame data, IEnumerable<Column>? columns = null, int? height = null,
        RowSelection selection = RowSelection.None, string? key = null, Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Column[] configs = columns is null ? [] : [.. columns];
        if (TableColumn.Resolve(data, configs, out var error) is null)
        {
            Error(error!);
            return TableSelection.None;
        }

        var gridHeight = height is { } h ? Math.Max(h, 100) : DefaultGridHeight;
        if (selection != RowSelection.None || key is not null)
        {
            return Widget(new DataFrameSpec(data, configs, gridHeight, selection) { Key = key, OnChange = onChange });
        }

        // Without selection the grid is not a widget, but it still needs an id for its view state: its place among the run's grids.
        var run = Checkpoint();
        var ordinal = 1;
        string id;
        while (!run.TryClaimWidget(id = "data-frame#" + ordinal.ToString(CultureInfo.InvariantCulture)))
        {
            ordinal++;
        }

        _session.Emit(run, Block(run), new DataFrameElement(id, data, configs, gridHeight, RowSelection.None, EquatableArray<int>.Empty));
        return TableSelection.None;
    }

    /// <summary>Shows a sequence of records or objects as an interactive grid (each public property is a column); returns the selected rows and items.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="rows">The rows; converted to a frame once per call.</param>
    /// <param name="columns">How columns are shown; others by their data type.</param>
    /// <param name="height">The height in CSS pixels; 400 by default.</param>
    /// <param name="selection">Whether rows can be selected.</param>
    /// <param name="key">A unique key.</param>
    /// <param name="onChange">Called before the next run when the selection changes.</param>
    /// <returns>The selected rows and the selected items.</returns>
    /// <example><c>var person = ui.DataFrame(people, selection: RowSelection.SingleRow).Items.FirstOrDefault();</c></example>
    public TableSelection<T> DataFrame<T>(IEnumerable<T> rows, IEnumerable<Column>? columns = null, int? height = null,
        RowSelection selection = RowSelection.None, string? key = null, Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var items = rows as IReadOnlyList<T> ?? [.. rows];
        var selected = DataFrame(items.ToDataFrame(), columns, height, selection, key, onChange);
        return new TableSelection<T>(selected.Rows, [.. selected.Rows.Select(r => items[r])]);
    }

    /// <summary>Shows a small static table with every row rendered, up to <paramref name="maxRows"/> (then a note says how many were left out).</summary>
    /// <param name="data">The frame.</param>
    /// <param name="columns">How columns are shown; others by their data type.</param>
    /// <param name="maxRows">The most rows rendered.</param>
    /// <example><c>ui.Table(summary);</c></example>
    public void Table(Frame data, IEnumerable<Column>? columns = null, int maxRows = DefaultTableRows)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (TableModel.Create(data, columns is null ? [] : [.. columns], out var error) is not { } model)
        {
            Error(error!);
            return;
        }

        var rows = model.GetRows(0, Math.Max(0, maxRows));
        var cells = new string[rows.Count * model.Columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < model.Columns.Count; c++)
            {
                var cell = rows[r].Cells[c];
                cells[(r * model.Columns.Count) + c] = cell.Href is not null && cell.Text.Length == 0 ? cell.Href : cell.Text;
            }
        }

        Add(new TableElement(
            model.Columns.Select(c => c.Label).ToArray(),
            model.Columns.Select(c => c.AlignRight).ToArray(),
            cells,
            model.TotalCount));
    }

    /// <summary>Shows a small static table of a sequence of records or objects (each public property is a column).</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <param name="columns">How columns are shown; others by their data type.</param>
    /// <param name="maxRows">The most rows rendered.</param>
    /// <example><c>ui.Table(topTen);</c></example>
    public void Table<T>(IEnumerable<T> rows, IEnumerable<Column>? columns = null, int maxRows = DefaultTableRows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Table(rows.ToDataFrame(), columns, maxRows);
    }

    /// <summary>Whether <see cref="Write"/> shows <paramref name="value"/> as a grid: a frame, or a sequence of records or objects.</summary>
    private static bool IsTable(object value, out Frame? frame)
    {
        frame = null;
        if (value is Frame f)
        {
            frame = f;
            return true;
        }

        var sequence = value.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var row = sequence?.GetGenericArguments()[0];
        if (row is null || DataFrameConversion.IsScalar(row) || row == typeof(object) || typeof(System.Collections.IEnumerable).IsAssignableFrom(row)
            || (row.IsGenericType && row.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)))
        {
            return false;
        }

        frame = DataFrameConversion.AsDataFrame(value);
        return frame is not null;
    }
}
