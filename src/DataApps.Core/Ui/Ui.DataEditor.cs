using DataApps.Editing;
using Microsoft.Data.Analysis;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// Shows <paramref name="data"/> as an editable table and returns it with the user's edits applied: a new frame, the
    /// input is never changed. The edits are the widget's value, kept in the session under <paramref name="key"/>, so
    /// they survive reruns. A value that does not fit its column (e.g. <c>abc</c> in an int column) is shown with a
    /// message at its cell and not applied.
    /// </summary>
    /// <param name="data">The frame to edit.</param>
    /// <param name="key">The widget key; <c>ui.State[key]</c> holds the <see cref="DataEdits"/>.</param>
    /// <param name="columns">Column configuration: labels, hidden columns, <see cref="Column.Select"/> choices.</param>
    /// <param name="numRows"><see cref="EditorRows.Dynamic"/> lets the user add and delete rows.</param>
    /// <param name="disabled">Names of columns that are shown but read-only.</param>
    /// <param name="pageSize">How many rows a page of the table shows.</param>
    /// <param name="label">A label above the table.</param>
    /// <param name="help">A tooltip beside the label.</param>
    /// <param name="onChange">Called before the next run when the user changes something.</param>
    /// <returns>The edited frame.</returns>
    /// <example><c>var edited = ui.DataEditor(df, "prices", numRows: EditorRows.Dynamic, disabled: ["id"]);</c></example>
    public DataFrame DataEditor(
        DataFrame data,
        string key,
        IEnumerable<Column>? columns = null,
        EditorRows numRows = EditorRows.Fixed,
        IEnumerable<string>? disabled = null,
        int pageSize = 20,
        string label = "",
        string? help = null,
        Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var spec = new DataEditorSpec(label ?? "", key, data, EditApplier.ColumnsOf(data, columns, disabled), numRows == EditorRows.Dynamic, pageSize)
        {
            Key = key,
            Help = help,
            OnChange = onChange,
        };
        var edits = Widget(spec);
        return spec.Result is { } result && ReferenceEquals(result.Edits, edits)
            ? result.Frame
            : EditApplier.Apply(data, spec.Columns, edits).Frame;
    }

    /// <summary>Shows <paramref name="rows"/> as an editable table (converted with <c>ToDataFrame()</c>) and returns the edited frame.</summary>
    /// <typeparam name="T">The row type; its properties become columns.</typeparam>
    /// <param name="rows">The rows to edit.</param>
    /// <param name="key">The widget key; <c>ui.State[key]</c> holds the <see cref="DataEdits"/>.</param>
    /// <param name="columns">Column configuration: labels, hidden columns, <see cref="Column.Select"/> choices.</param>
    /// <param name="numRows"><see cref="EditorRows.Dynamic"/> lets the user add and delete rows.</param>
    /// <param name="disabled">Names of columns that are shown but read-only.</param>
    /// <param name="pageSize">How many rows a page of the table shows.</param>
    /// <param name="label">A label above the table.</param>
    /// <param name="help">A tooltip beside the label.</param>
    /// <param name="onChange">Called before the next run when the user changes something.</param>
    /// <returns>The edited frame.</returns>
    /// <example><c>var edited = ui.DataEditor(orders, "orders", columns: [Column.Select("status", ["open", "shipped"])]);</c></example>
    public DataFrame DataEditor<T>(
        IEnumerable<T> rows,
        string key,
        IEnumerable<Column>? columns = null,
        EditorRows numRows = EditorRows.Fixed,
        IEnumerable<string>? disabled = null,
        int pageSize = 20,
        string label = "",
        string? help = null,
        Action? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return DataEditor(rows.ToDataFrame(), key, columns, numRows, disabled, pageSize, label, help, onChange);
    }
}
