namespace DataApps;

/// <summary>Whether a <c>ui.DataEditor</c> may add and delete rows.</summary>
public enum EditorRows
{
    /// <summary>Cells can be edited; the rows stay as given.</summary>
    Fixed,

    /// <summary>Rows can also be added at the end and deleted.</summary>
    Dynamic,
}

/// <summary>Which input edits a column of a <c>ui.DataEditor</c>.</summary>
public enum EditorKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A whole number (int, long, …), checked against the column type's range.</summary>
    Integer,

    /// <summary>A number (double, float, decimal).</summary>
    Number,

    /// <summary>A checkbox (bool).</summary>
    Checkbox,

    /// <summary>A date picker (DateTime).</summary>
    Date,

    /// <summary>A choice among <see cref="Column.Options"/>.</summary>
    Select,
}

/// <summary>One editable column as the renderer shows it.</summary>
/// <param name="Name">The column's name in the frame.</param>
/// <param name="Label">The header text.</param>
/// <param name="Kind">The input used for its cells.</param>
/// <param name="Options">The choices of a <see cref="EditorKind.Select"/> column.</param>
/// <param name="ReadOnly">Whether its cells are shown but cannot be edited.</param>
public sealed record EditorColumn(string Name, string Label, EditorKind Kind, EquatableArray<string> Options, bool ReadOnly);

/// <summary>An entered value that could not be applied, shown at its cell.</summary>
/// <param name="Row">The original row index, or <c>null</c> for an added row.</param>
/// <param name="AddedRow">The index among the added rows, or <c>null</c> for an original row.</param>
/// <param name="Column">The column name.</param>
/// <param name="Message">What is wrong, e.g. <c>'abc' is not a whole number.</c></param>
public sealed record CellError(int? Row, int? AddedRow, string Column, string Message);
