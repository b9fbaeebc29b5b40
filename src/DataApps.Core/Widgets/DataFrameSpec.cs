using Microsoft.Data.Analysis;

namespace DataApps.Widgets;

/// <summary>A grid whose rows can be selected: its value is the selected rows (wire: the original row indices).</summary>
internal sealed class DataFrameSpec(DataFrame data, Column[] columns, int height, RowSelection selection)
    : WidgetSpec<TableSelection>("data-frame", "")
{
    private readonly long _rows = data.Rows.Count;

    public override TableSelection DefaultValue => TableSelection.None;

    /// <summary>The frame's shape, not its values: a filtered frame is the same grid, and its selection is checked against the new rows.</summary>
    public override void AddIdentity(ref WidgetIdentity identity)
    {
        identity.Add([.. data.Columns.Select(c => c.Name)]);
        identity.Add((double)selection);
    }

    public override bool IsValid(TableSelection value) =>
        (selection != RowSelection.SingleRow || value.Rows.Count <= 1) && value.Rows.All(r => r >= 0 && r < _rows);

    public override TableSelection FromWire(object? wire)
    {
        var rows = Wire.ToInts(wire).Distinct().Order().ToArray();
        if (rows.Length > 0 && (rows[0] < 0 || rows[^1] >= _rows))
        {
            throw new FormatException($"The grid has {_rows} rows; row {(rows[0] < 0 ? rows[0] : rows[^1])} is not one of them.");
        }

        if ((selection == RowSelection.None && rows.Length > 0) || (selection == RowSelection.SingleRow && rows.Length > 1))
        {
            throw new FormatException($"The grid allows {(selection == RowSelection.None ? "no" : "one")} selected row; got {rows.Length}.");
        }

        return new TableSelection(rows);
    }

    public override WidgetElement CreateElement(string widgetId, TableSelection value) =>
        new DataFrameElement(widgetId, data, columns, height, selection, value.Rows);
}
