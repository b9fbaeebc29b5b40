using System.Globalization;

namespace FlightDelays;

/// <summary>Loads the flights CSV (date, delay, distance, origin, destination) and splits it for training and testing.</summary>
/// <example><code>var (train, test) = FlightData.Split(FlightData.Load());</code></example>
public static class FlightData
{
    private static readonly string[] Header = ["date", "delay", "distance", "origin", "destination"];

    /// <summary>The path of the 20,000 real flights shipped beside the referencing app's assembly (Data/flights.csv).</summary>
    /// <example><code>var flights = FlightData.Load(FlightData.DefaultPath);</code></example>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "flights.csv");

    /// <summary>Reads a flights CSV; a bad row throws a <see cref="FormatException"/> that names the file, line and column.</summary>
    /// <example><code>IReadOnlyList&lt;Flight&gt; flights = FlightData.Load(); // 20,000 flights</code></example>
    /// <param name="path">The CSV to read; <see cref="DefaultPath"/> when null.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The header or a row is not as expected.</exception>
    public static IReadOnlyList<Flight> Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The flights file '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path);
        var header = reader.ReadLine();
        if (header is null || !header.Trim().Split(',').Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            throw new FormatException($"{path}, line 1: expected the header '{string.Join(',', Header)}' but found '{header}'.");
        }

        var flights = new List<Flight>(20_000);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            flights.Add(ParseRow(path, lineNumber, line));
        }

        return flights;
    }

    /// <summary>Splits flights into a training and a test part, the same way for the same seed (a seeded shuffle).</summary>
    /// <example><code>var (train, test) = FlightData.Split(flights, testFraction: 0.25, seed: 1);</code></example>
    /// <param name="all">The flights to split.</param>
    /// <param name="testFraction">The share of flights that goes to the test part, greater than 0 and less than 1.</param>
    /// <param name="seed">The shuffle's seed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="testFraction"/> is not between 0 and 1.</exception>
    public static (IReadOnlyList<Flight> Train, IReadOnlyList<Flight> Test) Split(IReadOnlyList<Flight> all, double testFraction = 0.25, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(all);
        if (testFraction is <= 0 or >= 1 || double.IsNaN(testFraction))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must be greater than 0 and less than 1.");
        }

        var order = Enumerable.Range(0, all.Count).ToArray();
        new Random(seed).Shuffle(order);
        var testCount = (int)Math.Round(all.Count * testFraction);
        var test = order.Take(testCount).Order().Select(i => all[i]).ToArray();
        var train = order.Skip(testCount).Order().Select(i => all[i]).ToArray();
        return (train, test);
    }

    private static Flight ParseRow(string path, int lineNumber, string line)
    {
        var cells = line.Split(',');
        if (cells.Length != Header.Length)
        {
            throw new FormatException($"{path}, line {lineNumber}: expected {Header.Length} columns ({string.Join(',', Header)}) but found {cells.Length}: '{line}'.");
        }

        if (!DateTime.TryParseExact(cells[0].Trim(), ["yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var departure))
        {
            throw Bad(path, lineNumber, 1, "a date like 2001-01-01 00:47", cells[0]);
        }

        if (!int.TryParse(cells[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var delay))
        {
            throw Bad(path, lineNumber, 2, "a whole number of minutes", cells[1]);
        }

        if (!int.TryParse(cells[2].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var distance) || distance < 0)
        {
            throw Bad(path, lineNumber, 3, "a whole number of miles (0 or more)", cells[2]);
        }

        var origin = cells[3].Trim();
        var destination = cells[4].Trim();
        if (origin.Length == 0)
        {
            throw Bad(path, lineNumber, 4, "an airport code", cells[3]);
        }

        if (destination.Length == 0)
        {
            throw Bad(path, lineNumber, 5, "an airport code", cells[4]);
        }

        return new Flight(departure, delay, distance, origin, destination);
    }

    private static FormatException Bad(string path, int line, int column, string expected, string value) =>
        new($"{path}, line {line}, column {column} ({Header[column - 1]}): expected {expected} but found '{value}'.");
}
