using DataApps.Editing;

namespace DataApps.Components.Views.Editor;

/// <summary>Renders a <see cref="DataEditorElement"/>: typed inputs per cell, paging, add and delete rows.</summary>
public partial class DataEditorView
{
    private DataEdits? _seen;     // the element's edits last taken over
    private DataEdits _edits = DataEdits.None;
    private List<ShownRow> _rows = [];
    private int _page;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // Edits sent but not yet back in an element stay local, so quick successive edits build on each other.
        if (!ReferenceEquals(_seen, Element.Edits))
        {
            _seen = Element.Edits;
            _edits = Element.Edits;
        }

        _rows = ShownRow.Of(Element.Data.Rows.Count, _edits);
        _page = Math.Min(_page, LastPage());
    }

    private IEnumerable<(ShownRow Row, int Index)> PageRows()
    {
        var first = _page * Element.PageSize;
        for (var i = first; i < Math.Min(first + Element.PageSize, _rows.Count); i++)
        {
            yield return (_rows[i], i);
        }
    }

    private int LastPage() => Math.Max(0, (_rows.Count - 1) / Element.PageSize);

    private string RangeText() => _rows.Count == 0
        ? "No rows"
        : $"{_page * Element.PageSize + 1}–{Math.Min((_page + 1) * Element.PageSize, _rows.Count)} of {_rows.Count}";

    private CellError? ErrorAt(ShownRow row, EditorColumn column) =>
        Element.Errors.FirstOrDefault(e => e.Column == column.Name && e.Row == row.Original && e.AddedRow == row.Added);

    /// <summary>The text a cell shows: the user's entry if any, otherwise the frame's value.</summary>
    private string? TextOf(ShownRow row, EditorColumn column)
    {
        if (row.Added is { } added)
        {
            return added < _edits.AddedRows.Count && _edits.AddedRows[added].TryGetValue(column.Name, out var entered) ? entered : null;
        }

        var original = row.Original!.Value;
        return _edits.EditedRows.TryGetValue(original, out var cells) && cells.TryGetValue(column.Name, out var text)
            ? text
            : CellParser.ToText(Element.Data.Columns[column.Name][original]);
    }

    private static string? InputMode(EditorKind kind) => kind switch
    {
        EditorKind.Integer => "numeric",
        EditorKind.Number => "decimal",
        _ => null,
    };

    private static bool IsTrue(string? text) => string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);

    // A date input takes yyyy-MM-dd only.
    private static string? InputValue(EditorColumn column, string? text) =>
        column.Kind == EditorKind.Date && text is { Length: > 10 } ? text[..10] : text;

    private void CommitCheck(ShownRow row, EditorColumn column, Microsoft.AspNetCore.Components.ChangeEventArgs e) =>
        Commit(row, column, e.Value is true ? "true" : "false");

    private void Commit(ShownRow row, EditorColumn column, string? text) => Send(row.Set(_edits, column.Name, text));

    private void Delete(ShownRow row) => Send(row.Delete(_edits));

    private void Add()
    {
        Send(_edits.WithAddedRow());
        _page = LastPage();
    }

    private void GoTo(int page)
    {
        _page = Math.Clamp(page, 0, LastPage());
        Refresh();
    }

    private void Send(DataEdits edits)
    {
        _edits = edits;
        _rows = ShownRow.Of(Element.Data.Rows.Count, _edits);
        SendValue(edits);
        Refresh();
    }
}
