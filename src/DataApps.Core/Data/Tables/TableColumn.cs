using Microsoft.Data.Analysis;

namespace DataApps.Data;

/// <summary>What kind of values a frame column holds, which decides its default look, its sort and its filter.</summary>
internal enum ValueKind
{
    Text,
    Number,
    Date,
    Bool,
}

/// <summary>A column of a frame with its configuration resolved: the type chosen, the label and width decided.</summary>
internal sealed class TableColumn
{
    private TableColumn(DataFrameColumn data, Column config, ValueKind kind, int width)
    {
        Data = data;
        Config = config;
        Kind = kind;
        Width = width;
    }

    /// <summary>The column's values.</summary>
    public DataFrameColumn Data { get; }

    /// <summary>The configuration, with <see cref="ColumnType.Auto"/> replaced by the type the data suggests.</summary>
    public Column Config { get; }

    public ValueKind Kind { get; }

    /// <summary>The width in CSS pixels.</summary>
    public int Width { get; }

    public string Name => Config.Name;

    public string Label => Config.Label ?? Config.Name;

    /// <summary>Whether values are right-aligned (numbers).</summary>
    public bool AlignRight => Config.Type is ColumnType.Number or ColumnType.Percent or ColumnType.Currency;

    /// <summary>
    /// The visible columns of <paramref name="frame"/> under <paramref name="configs"/>, pinned ones first, otherwise in frame order;
    /// null with an <paramref name="error"/> when a configuration names a column the frame does not have.
    /// </summary>
    public static IReadOnlyList<TableColumn>? Resolve(DataFrame frame, IReadOnlyList<Column> configs, out string? error)
    {
        var byName = new Dictionary<string, Column>(StringComparer.Ordinal);
        foreach (var config in configs)
        {
            if (frame.Columns.IndexOf(config.Name) < 0)
            {
                var names = frame.Columns.Select(c => $"'{c.Name}'");
                error = $"The column configuration names '{config.Name}', which this frame does not have. Its columns are: {string.Join(", ", names)}.";
                return null;
            }

            byName[config.Name] = config;
        }

        error = null;
        var columns = new List<TableColumn>(frame.Columns.Count);
        foreach (var data in frame.Columns)
        {
            var config = byName.GetValueOrDefault(data.Name) ?? new Column(data.Name);
            if (config.Hidden)
            {
                continue;
            }

            var kind = KindOf(data.DataType);
            if (config.Type == ColumnType.Auto)
            {
                config = config with { Type = DefaultType(kind) };
            }

            columns.Add(new TableColumn(data, config, kind, config.Width ?? EstimateWidth(data, config)));
        }

        // A stable sort: pinned columns first, each group in frame order.
        return [.. columns.Where(c => c.Config.Pinned), .. columns.Where(c => !c.Config.Pinned)];
    }

    /// <summary>The shown text of row <paramref name="row"/>.</summary>
    public string Format(long row) => Config.FormatValue(Data[row]);

    /// <summary>The cell of row <paramref name="row"/>, with what special column types need beside the text.</summary>
    public TableCell Cell(long row)
    {
        var value = Data[row];
        switch (Config.Type)
        {
            case ColumnType.Checkbox:
                return new TableCell(value is null ? "" : Config.FormatValue(value)) { Checked = value is bool b ? b : null };
            case ColumnType.Progress:
                var fraction = value is null ? 0 : Fraction(ToDouble(value));
                return new TableCell(Config.FormatValue(value)) { Fraction = fraction };
            case ColumnType.Link:
                var url = value?.ToString();
                return SafeUrl(url) ? new TableCell(Config.DisplayText ?? url!) { Href = url } : new TableCell(url ?? "");
            case ColumnType.Image:
                var src = value?.ToString();
                return SafeUrl(src) || (src?.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) ?? false)
                    ? new TableCell("") { Href = src }
                    : new TableCell(src ?? "");
            default:
                return new TableCell(Config.FormatValue(value));
        }
    }

    private double Fraction(double value)
    {
        var span = Config.Max - Config.Min;
        return span <= 0 || double.IsNaN(value) ? 0 : Math.Clamp((value - Config.Min) / span, 0, 1);
    }

    private static double ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        IConvertible c and not string and not bool and not DateTime => c.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
        _ => double.NaN,
    };

    /// <summary>Only web and mail links, or relative ones: never <c>javascript:</c> and the like.</summary>
    private static bool SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // A relative URL has no scheme: no colon before its path, query or fragment starts.
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var path = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (path >= 0 && path < colon))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }

    internal static ValueKind KindOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(bool))
        {
            return ValueKind.Bool;
        }

        if (t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly))
        {
            return ValueKind.Date;
        }

        return t == typeof(double) || t == typeof(float) || t == typeof(decimal) || t == typeof(int) || t == typeof(long)
            || t == typeof(short) || t == typeof(sbyte) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort)
            ? ValueKind.Number
            : ValueKind.Text;
    }

    private static ColumnType DefaultType(ValueKind kind) => kind switch
    {
        ValueKind.Number => ColumnType.Number,
        ValueKind.Date => ColumnType.Date,
        ValueKind.Bool => ColumnType.Checkbox,
        _ => ColumnType.Text,
    };

    /// <summary>A width from the header and the first rows: about 7.5 px per character, within 64–320 px.</summary>
    private static int EstimateWidth(DataFrameColumn data, Column config)
    {
        switch (config.Type)
        {
            case ColumnType.Image:
                return 72;
            case ColumnType.Progress:
                return 160;
            case ColumnType.Checkbox:
                return Math.Max(72, (int)((config.Label ?? config.Name).Length * 7.5) + 40);
        }

        var chars = (config.Label ?? config.Name).Length + 2; // room for the sort arrow
        var sample = Math.Min(data.Length, 50);
        for (long i = 0; i < sample; i++)
        {
            var text = config.Type == ColumnType.Link && config.DisplayText is { } shown ? shown : config.FormatValue(data[i]);
            chars = Math.Max(chars, text.Length);
        }

        return Math.Clamp((int)(chars * 7.5) + 24, 64, 320);
    }
}

/// <summary>One shown cell: its text, and for special column types the bar fraction, the check state or the URL.</summary>
/// <param name="Text">The formatted value.</param>
internal readonly record struct TableCell(string Text)
{
    /// <summary>For progress columns: how full the bar is, 0–1.</summary>
    public double Fraction { get; init; }

    /// <summary>For checkbox columns: the value, or null.</summary>
    public bool? Checked { get; init; }

    /// <summary>For link and image columns: the (safe) URL.</summary>
    public string? Href { get; init; }
}

/// <summary>One shown row: its index in the original frame and its cells, one per visible column.</summary>
/// <param name="Index">The row's index in the frame the page gave.</param>
/// <param name="Cells">The cells, in the order of the visible columns.</param>
internal sealed record TableRow(int Index, TableCell[] Cells);
