using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ModelServer.Prediction;

/// <summary>One logged prediction: when, the inputs, the output and the model that made it.</summary>
internal sealed record PredictionLogEntry(
    DateTimeOffset Time, DateTime Departure, int Distance, string Origin, string Destination, bool Delayed, double Probability, string Model, double LatencyMs);

/// <summary>
/// The latest predictions, for drift analysis: a bounded in-memory ring that GET /predictions reads, and, when
/// ModelServer:PredictionLog:Path is set, a JSON lines file rotated by size (the file and one older <c>.1</c> file).
/// A file that cannot be written is logged once; predictions go on.
/// </summary>
internal sealed partial class PredictionLog : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly PredictionLogEntry[] ring;
    private readonly Lock gate = new();
    private readonly string? path;
    private readonly long maxFileBytes;
    private readonly ILogger<PredictionLog> logger;
    private long written; // how many entries ever went into the ring
    private FileStream? file;
    private bool fileFailed;

    public PredictionLog(IOptions<PredictionLogOptions> options, ILogger<PredictionLog> logger)
    {
        ring = new PredictionLogEntry[options.Value.Capacity];
        path = string.IsNullOrWhiteSpace(options.Value.Path) ? null : Path.GetFullPath(options.Value.Path);
        maxFileBytes = options.Value.MaxFileBytes;
        this.logger = logger;
    }

    public int Capacity => ring.Length;

    public void Append(PredictionLogEntry entry)
    {
        var line = path is null ? null : Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, Json) + "\n");
        lock (gate)
        {
            ring[written % ring.Length] = entry;
            written++;
            if (line is not null && !fileFailed)
            {
                WriteLine(line);
            }
        }
    }

    /// <summary>The latest <paramref name="limit"/> entries, oldest first.</summary>
    public IReadOnlyList<PredictionLogEntry> Latest(int limit)
    {
        lock (gate)
        {
            var count = (int)Math.Min(Math.Min(limit, ring.Length), written);
            var result = new PredictionLogEntry[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = ring[(written - count + i) % ring.Length];
            }

            return result;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            file?.Dispose();
            file = null;
        }
    }

    private void WriteLine(byte[] line)
    {
        try
        {
            if (file is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                file = new FileStream(path!, FileMode.Append, FileAccess.Write, FileShare.Read);
            }

            if (file.Length > 0 && file.Length + line.Length > maxFileBytes)
            {
                file.Dispose();
                File.Move(path!, path + ".1", overwrite: true);
                file = new FileStream(path!, FileMode.Append, FileAccess.Write, FileShare.Read);
            }

            file.Write(line);
            file.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fileFailed = true;
            file?.Dispose();
            file = null;
            Log.FileFailed(logger, e, path!);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "The prediction log file {Path} cannot be written; predictions are kept in memory only from now on")]
        public static partial void FileFailed(ILogger logger, Exception exception, string path);
    }
}
