using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FlightDelays;

/// <summary>A trained flight-delay classifier: train it, save and load it, and score flights (thread-safe).</summary>
/// <example><code>
/// var model = DelayModel.LoadOrTrain(ModelKind.FastTree, "data/models");
/// float p = model.Predict(new DateTime(2001, 2, 1, 17, 5, 0), 1750, "DTW", "LAS").Probability;
/// </code></example>
public sealed partial class DelayModel
{
    private const string MetaEntry = "flightdelays.txt";
    private const string ModelEntry = "model.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _schema;
    private readonly ThreadLocal<PredictionEngine<FlightRow, DelayScore>> _engines;

    private DelayModel(ModelKind kind, string version, MLContext ml, ITransformer transformer, DataViewSchema schema)
    {
        Kind = kind;
        Version = version;
        _ml = ml;
        _transformer = transformer;
        _schema = schema;

        // A PredictionEngine is not thread-safe; one per thread keeps Predict lock-free.
        _engines = new ThreadLocal<PredictionEngine<FlightRow, DelayScore>>(
            () => _ml.Model.CreatePredictionEngine<FlightRow, DelayScore>(_transformer, _schema));
    }

    /// <summary>The trainer this model was made with.</summary>
    /// <example><code>if (model.Kind == ModelKind.FastTree) { … }</code></example>
    public ModelKind Kind { get; }

    /// <summary>The kind and a hash of the training data and options, e.g. "fasttree-3f2a9c1d0b7e"; equal inputs give equal versions.</summary>
    /// <example><code>response.Headers["X-Model-Version"] = model.Version;</code></example>
    public string Version { get; }

    /// <summary>Trains a model of the given kind on the given flights (seeded: the same flights give the same model).</summary>
    /// <example><code>var model = DelayModel.Train(ModelKind.LogisticRegression, train);</code></example>
    /// <param name="kind">The trainer.</param>
    /// <param name="train">The flights to learn from; both delayed and on-time flights must be among them.</param>
    /// <exception cref="ArgumentException">The flights are empty or all of one class.</exception>
    public static DelayModel Train(ModelKind kind, IReadOnlyList<Flight> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var delayed = train.Count(f => f.IsDelayed);
        if (delayed == 0 || delayed == train.Count)
        {
            throw new ArgumentException($"Training needs both delayed and on-time flights; got {train.Count} flights of which {delayed} delayed.", nameof(train));
        }

        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(train.Select(FlightRow.From));
        var transformer = DelayPipelines.For(ml, kind).Fit(data);
        return new DelayModel(kind, VersionOf(kind, train), ml, transformer, data.Schema);
    }

    /// <summary>Writes the model (with its kind and version) to a .zip file.</summary>
    /// <example><code>model.Save("models/fasttree.zip");</code></example>
    /// <param name="path">The file to write; its folder must exist.</param>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        using (var meta = new StreamWriter(zip.CreateEntry(MetaEntry).Open(), Encoding.UTF8))
        {
            meta.WriteLine(Kind.ToString());
            meta.WriteLine(Version);
        }

        using var model = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open();
        _ml.Model.Save(_transformer, _schema, model);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <example><code>var model = DelayModel.Load("models/fasttree.zip");</code></example>
    /// <param name="path">The .zip file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a model saved by <see cref="Save"/>.</exception>
    public static DelayModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The model file '{path}' does not exist.", path);
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var metaEntry = zip.GetEntry(MetaEntry) ?? throw new InvalidDataException($"'{path}' is not a flight-delay model (no {MetaEntry} inside).");
            var modelEntry = zip.GetEntry(ModelEntry) ?? throw new InvalidDataException($"'{path}' is not a flight-delay model (no {ModelEntry} inside).");
            string[] meta;
            using (var reader = new StreamReader(metaEntry.Open(), Encoding.UTF8))
            {
                meta = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }

            if (meta.Length < 2 || !Enum.TryParse<ModelKind>(meta[0], out var kind))
            {
                throw new InvalidDataException($"'{path}' has an unreadable {MetaEntry}: '{string.Join(" | ", meta)}'.");
            }

            // ML.NET needs a seekable stream.
            using var buffer = new MemoryStream();
            using (var stream = modelEntry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            var ml = new MLContext(seed: 1);
            var transformer = ml.Model.Load(buffer, out var schema);
            return new DelayModel(kind, meta[1], ml, transformer, schema);
        }
        catch (Exception e) when (e is not FileNotFoundException && e is IOException or FormatException or InvalidOperationException or ArgumentException
            || (e is InvalidDataException && !e.Message.Contains(path, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"'{path}' is not a readable flight-delay model: {e.Message}", e);
        }
    }

    /// <summary>Predicts one flight from what is known before departure (thread-safe).</summary>
    /// <example><code>var p = model.Predict(new DateTime(2001, 3, 9, 18, 0, 0), 337, "SFO", "LAX"); // p.Delayed, p.Probability</code></example>
    /// <param name="departure">Scheduled departure.</param>
    /// <param name="distance">Distance in miles.</param>
    /// <param name="origin">Origin airport code (an airport the model never saw counts as none).</param>
    /// <param name="destination">Destination airport code.</param>
    public DelayPrediction Predict(DateTime departure, int distance, string origin, string destination)
    {
        var p = _engines.Value!.Predict(FlightRow.From(departure, distance, origin, destination)).Probability;
        p = float.IsNaN(p) ? 0f : p;
        return new DelayPrediction(p >= 0.5f, p);
    }

    /// <summary>The probability of a delay for each flight, in order (batch scoring; thread-safe).</summary>
    /// <example><code>float[] probabilities = model.Score(test);</code></example>
    /// <param name="flights">The flights to score.</param>
    public float[] Score(IReadOnlyList<Flight> flights)
    {
        ArgumentNullException.ThrowIfNull(flights);
        if (flights.Count == 0)
        {
            return [];
        }

        var scored = _transformer.Transform(new MLContext(seed: 1).Data.LoadFromEnumerable(flights.Select(FlightRow.From)));
        var result = new float[flights.Count];
        var i = 0;
        foreach (var p in scored.GetColumn<float>("Probability"))
        {
            result[i++] = float.IsNaN(p) ? 0f : p;
        }

        return result;
    }

    internal static string VersionOf(ModelKind kind, IReadOnlyList<Flight> train)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(DelayPipelines.Options(kind)));
        Span<byte> number = stackalloc byte[8];
        foreach (var f in train)
        {
            BitConverter.TryWriteBytes(number, f.Departure.Ticks);
            hash.AppendData(number);
            BitConverter.TryWriteBytes(number, ((long)f.Delay << 32) | (uint)f.Distance);
            hash.AppendData(number);
            hash.AppendData(Encoding.UTF8.GetBytes(f.Origin + "," + f.Destination + ";"));
        }

        return kind.ToString().ToLowerInvariant() + "-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
