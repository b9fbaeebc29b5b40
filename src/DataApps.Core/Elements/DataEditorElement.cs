using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>An editable table (<c>ui.DataEditor</c>): the input frame, the user's edits on top of it and the values that could not be applied.</summary>
/// <param name="WidgetId">The widget's identity (from its key).</param>
/// <param name="Label">The label above the table; may be empty.</param>
/// <param name="Data">The input frame, held by reference and never changed.</param>
/// <param name="Columns">The shown columns with their inputs.</param>
/// <param name="Edits">The edits so far; the renderer sends a new <see cref="DataEdits"/> for each change.</param>
/// <param name="Dynamic">Whether rows can be added and deleted.</param>
/// <param name="PageSize">How many rows a page shows.</param>
/// <param name="Errors">Entered values that could not be applied, shown at their cells.</param>
public sealed record DataEditorElement(
    string WidgetId,
    string Label,
    DataFrame Data,
    EquatableArray<EditorColumn> Columns,
    DataEdits Edits,
    bool Dynamic,
    int PageSize,
    EquatableArray<CellError> Errors) : WidgetElement(WidgetId, Label);
