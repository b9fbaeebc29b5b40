namespace DataApps.Data;

/// <summary>The grid's search box: keeps rows where any visible column shows the text, ignoring case.</summary>
internal static class TableSearch
{
    /// <summary>Clears the rows of <paramref name="keep"/> in which no column of <paramref name="columns"/> contains <paramref name="text"/>.</summary>
    public static void Apply(IReadOnlyList<TableColumn> columns, string text, bool[] keep)
    {
        // Numbers and dates are searched only when the text has a digit: formatting a million of them costs most.
        var hasDigit = text.Any(char.IsAsciiDigit);
        var searched = columns.Where(c => c.Config.Type is not ColumnType.Image && (hasDigit || c.Kind is ValueKind.Text or ValueKind.Bool)).ToArray();
        var found = new bool[keep.Length];

        // Rows are independent: split them across the cores.
        Parallel.For(0, Environment.ProcessorCount, part =>
        {
            var (from, to) = Slice(keep.Length, part, Environment.ProcessorCount);
            foreach (var column in searched)
            {
                var raw = column.Kind == ValueKind.Text && column.Config.Type != ColumnType.Link;
                for (var row = from; row < to; row++)
                {
                    if (keep[row] && !found[row])
                    {
                        var shown = raw ? column.Data[row]?.ToString() : column.Format(row);
                        found[row] = shown is not null && shown.Contains(text, StringComparison.OrdinalIgnoreCase);
                    }
                }
            }

            for (var row = from; row < to; row++)
            {
                keep[row] &= found[row];
            }
        });
    }

    private static (int From, int To) Slice(int length, int part, int parts)
    {
        var size = (length + parts - 1) / parts;
        var from = Math.Min(length, part * size);
        return (from, Math.Min(length, from + size));
    }
}
