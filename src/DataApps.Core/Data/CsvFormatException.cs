namespace DataApps;

/// <summary>CSV text that cannot be read: ragged rows, bad quoting, invalid bytes or an unknown encoding; the message names the line.</summary>
/// <example><c>try { df = Csv.Read(stream); } catch (CsvFormatException e) { ui.Error(e.Message); }</c></example>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lineNumber">The 1-based line where the problem is.</param>
    /// <param name="problem">What is wrong, as a sentence.</param>
    public CsvFormatException(int lineNumber, string problem)
        : base($"CSV line {lineNumber}: {problem}")
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The 1-based line number where the problem is.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the line number.</summary>
    public string Problem { get; }
}
