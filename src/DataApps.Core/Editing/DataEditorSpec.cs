using Microsoft.Data.Analysis;

namespace DataApps.Editing;

/// <summary>A data editor: its value is the <see cref="DataEdits"/>; the browser sends the whole new edit state for each change.</summary>
internal sealed class DataEditorSpec(string label, string key, DataFrame data, EditorColumn[] columns, bool dynamic, int pageSize)
    : WidgetSpec<DataEdits>("data-editor", label)
{
    /// <summary>The edited frame made while building the element, so the verb does not apply the edits twice.</summary>
    public (DataEdits Edits, DataFrame Frame)? Result { get; private set; }

    public override DataEdits DefaultValue => DataEdits.None;

    public DataFrame Data => data;

    public EditorColumn[] Columns => columns;

    // The frame of this run decides: edits of rows that no longer exist (a smaller frame was passed) start over.
    public override bool IsValid(DataEdits value) => EditApplier.Check(data, columns, value, dynamic) is null;

    public override DataEdits FromWire(object? wire) => wire switch
    {
        DataEdits edits when EditApplier.Check(data, columns, edits, dynamic) is { } problem =>
            throw new FormatException($"The data editor '{key}' cannot take these edits: {problem}."),
        DataEdits edits => edits,
        _ => throw new FormatException($"The data editor '{key}' cannot take a value of type {wire?.GetType().Name ?? "null"}."),
    };

    public override WidgetElement CreateElement(string widgetId, DataEdits value)
    {
        var (frame, errors) = EditApplier.Apply(data, columns, value);
        Result = (value, frame);
        return new DataEditorElement(widgetId, Label, data, columns, value, dynamic, pageSize, errors.ToArray());
    }
}
