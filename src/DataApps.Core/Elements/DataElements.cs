using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>Whether and how the rows of a <c>ui.DataFrame</c> grid can be selected.</summary>
public enum RowSelection
{
    /// <summary>Rows cannot be selected.</summary>
    None,

    /// <summary>A click on a row selects it (and only it).</summary>
    SingleRow,

    /// <summary>A check box on each row selects any number of rows.</summary>
    MultiRow,
}

/// <summary>
/// An interactive grid over a frame (<c>ui.DataFrame</c>): sorted, filtered, searched and scrolled on the server;
/// the browser only ever receives the rows it shows.
/// </summary>
/// <remarks>
/// The frame is held by reference and compared by reference: treat it as immutable. A grid with selection is a
/// widget whose value is the selected rows; a grid without selection still has an id (its key, or its place among
/// the page's grids) so that its sort, filters and scroll position survive reruns.
/// </remarks>
/// <param name="WidgetId">The grid's identity.</param>
/// <param name="Data">The frame shown.</param>
/// <param name="Columns">The column configurations (each names a column of <paramref name="Data"/>).</param>
/// <param name="Height">The grid's height in CSS pixels; a short frame takes less.</param>
/// <param name="Selection">Whether rows can be selected.</param>
/// <param name="Selected">The selected rows, as indices into <paramref name="Data"/>.</param>
public sealed record DataFrameElement(string WidgetId, DataFrame Data, EquatableArray<Column> Columns, int Height, RowSelection Selection, EquatableArray<int> Selected)
    : WidgetElement(WidgetId, "");

/// <summary>A small static table with every row rendered (<c>ui.Table</c>), up to a cap.</summary>
/// <param name="Headers">The column headers.</param>
/// <param name="AlignRight">Per column, whether values are right-aligned (numbers).</param>
/// <param name="Cells">The formatted cells, row by row.</param>
/// <param name="Total">The number of rows in the data; more than the rows shown when the cap cut it.</param>
public sealed record TableElement(EquatableArray<string> Headers, EquatableArray<bool> AlignRight, EquatableArray<string> Cells, int Total) : Element
{
    /// <summary>The number of rows shown.</summary>
    public int RowCount => Headers.Count == 0 ? 0 : Cells.Count / Headers.Count;
}

/// <summary>The rows selected in a <c>ui.DataFrame</c> grid.</summary>
/// <param name="Rows">The selected rows as indices into the frame the page gave, in ascending order.</param>
/// <example><c>var picked = ui.DataFrame(df, selection: RowSelection.MultiRow); ui.Table(picked.RowsOf(df));</c></example>
public sealed record TableSelection(EquatableArray<int> Rows)
{
    /// <summary>No rows selected.</summary>
    public static TableSelection None { get; } = new(EquatableArray<int>.Empty);

    /// <summary>Whether no row is selected.</summary>
    public bool IsEmpty => Rows.Count == 0;

    /// <summary>The selected rows of <paramref name="data"/> as a new frame, in selection order.</summary>
    /// <param name="data">The frame the grid showed.</param>
    /// <example><c>ui.Table(selection.RowsOf(df));</c></example>
    public DataFrame RowsOf(DataFrame data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data[Rows.Select(r => (long)r)];
    }
}

/// <summary>The rows selected in a <c>ui.DataFrame</c> grid over a sequence, with the selected items.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Rows">The selected rows as indices into the sequence, in ascending order.</param>
/// <param name="Items">The selected items, in the same order.</param>
/// <example><c>var picked = ui.DataFrame(people, selection: RowSelection.SingleRow).Items;</c></example>
public sealed record TableSelection<T>(EquatableArray<int> Rows, IReadOnlyList<T> Items)
{
    /// <summary>Whether no row is selected.</summary>
    public bool IsEmpty => Rows.Count == 0;
}
