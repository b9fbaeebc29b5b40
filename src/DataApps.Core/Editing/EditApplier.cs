using Microsoft.Data.Analysis;

namespace DataApps.Editing;

/// <summary>Applies <see cref="DataEdits"/> to a frame: a new frame with the edits, the input untouched.</summary>
internal static class EditApplier
{
    /// <summary>The editable columns of <paramref name="data"/>: every column not hidden, with its configuration.</summary>
    public static EditorColumn[] ColumnsOf(DataFrame data, IEnumerable<Column>? columns, IEnumerable<string>? disabled)
    {
        var configs = (columns ?? []).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var readOnly = new HashSet<string>(disabled ?? [], StringComparer.Ordinal);
        var unknown = configs.Keys.Concat(readOnly).Where(n => data.Columns.IndexOf(n) < 0).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"The data editor has no column {string.Join(", ", unknown.Select(n => $"'{n}'"))}; its columns are {string.Join(", ", data.Columns.Select(c => c.Name))}.");
        }

        return [.. data.Columns
            .Where(c => !(configs.TryGetValue(c.Name, out var config) && config.Hidden))
            .Select(c =>
            {
                configs.TryGetValue(c.Name, out var config);
                return new EditorColumn(
                    c.Name,
                    config?.Label ?? c.Name,
                    CellParser.KindOf(c.DataType, config),
                    config?.Options ?? EquatableArray<string>.Empty,
                    readOnly.Contains(c.Name));
            })];
    }

    /// <summary>Applies the edits: changed cells, then deleted rows, then added rows at the end. Values that do not parse are reported, not applied.</summary>
    public static (DataFrame Frame, List<CellError> Errors) Apply(DataFrame data, IReadOnlyList<EditorColumn> columns, DataEdits edits)
    {
        var errors = new List<CellError>();
        var frame = data.Clone();
        if (edits.IsEmpty)
        {
            return (frame, errors);
        }

        var byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var (row, cells) in edits.EditedRows)
        {
            foreach (var (name, text) in cells)
            {
                if (Parse(frame, byName, name, text, row, null, errors) is (true, var value))
                {
                    frame.Columns[name][row] = value;
                }
            }
        }

        if (edits.DeletedRows.Count > 0)
        {
            var keep = new BooleanDataFrameColumn("keep", Enumerable.Repeat(true, (int)frame.Rows.Count));
            foreach (var row in edits.DeletedRows)
            {
                keep[row] = false;
            }

            frame = frame.Filter(keep);
        }

        for (var i = 0; i < edits.AddedRows.Count; i++)
        {
            var row = new List<KeyValuePair<string, object?>>();
            foreach (var (name, text) in edits.AddedRows[i])
            {
                if (Parse(frame, byName, name, text, null, i, errors) is (true, var value))
                {
                    row.Add(new(name, value));
                }
            }

            frame.Append(row!, inPlace: true);
        }

        return (frame, errors);
    }

    /// <summary>Whether the edits fit the frame: rows and columns exist, read-only columns untouched, rows added or deleted only when allowed.</summary>
    public static string? Check(DataFrame data, IReadOnlyList<EditorColumn> columns, DataEdits edits, bool dynamic)
    {
        var rows = data.Rows.Count;
        var editable = columns.Where(c => !c.ReadOnly).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (!dynamic && (edits.AddedRows.Count > 0 || edits.DeletedRows.Count > 0))
        {
            return "rows cannot be added or deleted in this editor";
        }

        if (edits.EditedRows.Keys.Concat(edits.DeletedRows).Any(r => r < 0 || r >= rows))
        {
            return "a row index is outside the frame";
        }

        var names = edits.EditedRows.Values.Concat(edits.AddedRows).SelectMany(cells => cells.Keys);
        return names.FirstOrDefault(n => !editable.Contains(n)) is { } name ? $"the column '{name}' cannot be edited" : null;
    }

    private static (bool Ok, object? Value) Parse(
        DataFrame frame, Dictionary<string, EditorColumn> byName, string name, string? text, int? row, int? added, List<CellError> errors)
    {
        var column = byName[name];
        if (CellParser.TryParse(column, frame.Columns[name].DataType, text, out var value, out var error))
        {
            return (true, value);
        }

        errors.Add(new CellError(row, added, name, error!));
        return (false, null);
    }
}
