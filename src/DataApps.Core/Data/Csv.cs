using System.Text;
using DataApps.Data;
using Microsoft.Data.Analysis;

namespace DataApps;

/// <summary>Reads CSV text into a <see cref="DataFrame"/> with a type per column, and writes frames as CSV.</summary>
/// <remarks>
/// Each column gets the narrowest type that every non-empty field fits: int (widened to long when needed), double, bool,
/// DateTime (ISO 8601 and the culture's dates) or string; empty fields are nulls. Text is UTF-8 (a BOM is allowed) or UTF-16 with
/// a BOM. Malformed input — ragged rows, an unclosed quote, invalid bytes — throws <see cref="CsvFormatException"/> naming the line.
/// The file is read into memory once and columns are built in parallel.
/// </remarks>
/// <example>
/// <code>
/// var file = ui.FileUploader("Data", accept: [".csv"]);
/// if (file is not null) ui.Write(Csv.Read(file.OpenRead()));
/// </code>
/// </example>
public static class Csv
{
    /// <summary>Reads CSV from a stream (to its end) into a new frame.</summary>
    /// <param name="stream">The CSV bytes; not closed.</param>
    /// <param name="options">Separator, header, culture and column types; <see cref="CsvOptions.Default"/> when <c>null</c>.</param>
    /// <returns>A frame with one typed column per CSV column.</returns>
    /// <exception cref="CsvFormatException">The text is not well-formed CSV; the message names the line and the problem.</exception>
    /// <example><c>DataFrame df = Csv.Read(file.OpenRead());</c></example>
    public static DataFrame Read(Stream stream, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = CsvText.ReadAll(stream, out var owner);
        using (owner)
        {
            return Parse(bytes, options ?? CsvOptions.Default);
        }
    }

    /// <summary>Reads a CSV file into a new frame.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Separator, header, culture and column types; <see cref="CsvOptions.Default"/> when <c>null</c>.</param>
    /// <returns>A frame with one typed column per CSV column.</returns>
    /// <exception cref="CsvFormatException">The text is not well-formed CSV.</exception>
    /// <example><c>var penguins = Csv.ReadFile("data/penguins.csv");</c></example>
    public static DataFrame ReadFile(string path, CsvOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var buffer = CsvText.ReadFile(path);
        return Parse(buffer.Data, options ?? CsvOptions.Default);
    }

    /// <summary>Reads CSV held in a string into a new frame.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="options">Separator, header, culture and column types; <see cref="CsvOptions.Default"/> when <c>null</c>.</param>
    /// <returns>A frame with one typed column per CSV column.</returns>
    /// <exception cref="CsvFormatException">The text is not well-formed CSV.</exception>
    /// <example><c>var df = Csv.ReadText("x,y\n1,2\n3,4");</c></example>
    public static DataFrame ReadText(string csv, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return Parse(Encoding.UTF8.GetBytes(csv), options ?? CsvOptions.Default);
    }

    /// <summary>Writes a frame as UTF-8 CSV (no BOM): a header row, invariant numbers, ISO dates, empty fields for nulls.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="options">The separator (<c>,</c> by default) and whether to write the header.</param>
    /// <example><c>Csv.Write(df, File.Create("out.csv"));</c></example>
    public static void Write(DataFrame frame, Stream stream, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(stream);
        CsvWriter.Write(frame, stream, options ?? CsvOptions.Default);
    }

    /// <summary>Writes a frame as CSV into a string.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="options">The separator and whether to write the header.</param>
    /// <returns>The CSV text.</returns>
    /// <example><c>ui.Code(Csv.WriteText(df.Head(5)));</c></example>
    public static string WriteText(DataFrame frame, CsvOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(frame, buffer, options);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Parses the bytes; nothing in the frame refers to them (Note [Native text]: they may be freed once this returns).</summary>
    private static DataFrame Parse(ReadOnlyMemory<byte> bytes, CsvOptions options)
    {
        var text = CsvText.Decode(bytes, out var skipped);
        var span = text.Span;
        var separator = options.Separator is { } s ? checked((byte)s) : CsvTokenizer.DetectSeparator(span);
        List<(int Start, int End)>? first;
        int firstStart, afterFirst;
        try
        {
            first = CsvTokenizer.ReadFirstRow(span, separator, out firstStart, out afterFirst);
        }
        catch (CsvFormatException)
        {
            // Garbage in an unknown encoding reads as bad quoting: name the encoding instead.
            CsvText.Validate(span, 0, span.Length, skipped);
            throw;
        }

        if (first is null)
        {
            CsvText.Validate(span, 0, span.Length, skipped);
            return new DataFrame();
        }

        var names = options.HasHeader ? HeaderNames(span, first) : [.. Enumerable.Range(1, first.Count).Select(i => $"Column{i}")];
        var index = CsvParts.Read(text, skipped, options.HasHeader ? afterFirst : firstStart, separator, names.Length, options.Parallel);
        var types = ColumnTypes(options, names);
        var values = new CsvValues(options.Culture);
        var columns = new DataFrameColumn[names.Length];
        if (options.Parallel && names.Length > 1 && index.RowCount >= 10_000 && Environment.ProcessorCount > 1)
        {
            BuildInParallel(text, index, names, types, values, columns);
        }
        else
        {
            for (var c = 0; c < names.Length; c++)
            {
                columns[c] = CsvColumnBuilder.Build(text, index, c, names[c], values, types[c], parallel: false);
            }
        }

        return new DataFrame(columns);
    }

    /// <summary>
    /// Builds the columns on every core, the likely slowest first (text, then longer fields), so no thread is left with a long
    /// column at the end while the others idle.
    /// </summary>
    private static void BuildInParallel(ReadOnlyMemory<byte> text, CsvIndex index, string[] names, Type?[] types, CsvValues values, DataFrameColumn[] columns)
    {
        var order = CsvColumnBuilder.CostOrder(text.Span, index, types);
        var next = -1;
        var failures = new Exception?[names.Length];
        void Work()
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < order.Length)
            {
                var c = order[k];
                try
                {
                    columns[c] = CsvColumnBuilder.Build(text, index, c, names[c], values, types[c]);
                }
                catch (Exception e)
                {
                    failures[c] = e;
                }
            }
        }

        var helpers = new Task[Math.Min(names.Length, Environment.ProcessorCount) - 1];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = Task.Run(Work);
        }

        Work();
        Task.WaitAll(helpers);

        // The error a single pass would report: the first failing column's.
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static string[] HeaderNames(ReadOnlySpan<byte> text, List<(int Start, int End)> fields)
    {
        var names = new string[fields.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        byte[]? scratch = null;
        for (var c = 0; c < fields.Count; c++)
        {
            var name = CsvValues.Text(CsvValues.Unquote(text[fields[c].Start..fields[c].End], ref scratch)).Trim();
            if (name.Length == 0)
            {
                name = $"Column{c + 1}";
            }

            // Like pandas: a repeated name gets .1, .2, … so every column stays addressable.
            var unique = name;
            for (var k = 1; !seen.Add(unique); k++)
            {
                unique = $"{name}.{k}";
            }

            names[c] = unique;
        }

        return names;
    }

    private static Type?[] ColumnTypes(CsvOptions options, string[] names)
    {
        var types = new Type?[names.Length];
        if (options.ColumnTypes is not { Count: > 0 } given)
        {
            return types;
        }

        foreach (var (name, type) in given)
        {
            var at = Array.IndexOf(names, name);
            if (at < 0)
            {
                throw new ArgumentException($"CsvOptions.ColumnTypes names column '{name}', which the CSV does not have. Its columns: {string.Join(", ", names)}.", nameof(options));
            }

            types[at] = type;
        }

        return types;
    }
}
