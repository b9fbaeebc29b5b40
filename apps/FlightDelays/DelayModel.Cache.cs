namespace FlightDelays;

public sealed partial class DelayModel
{
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Loads the model for these flights and this kind from <paramref name="folder"/>, or trains and saves it there when it is
    /// missing (or unreadable). The file is named by <see cref="Version"/>, so other data or options train anew. Two
    /// processes starting at once train once: the second waits on a lock file and loads what the first saved.
    /// </summary>
    /// <example><code>var model = DelayModel.LoadOrTrain(ModelKind.FastTree, Path.Combine(dataFolder, "models"));</code></example>
    /// <param name="kind">The trainer.</param>
    /// <param name="folder">The cache folder (created when missing).</param>
    /// <param name="train">The training flights; the training part of <see cref="FlightData.Split"/> of <see cref="FlightData.Load"/> when null.</param>
    /// <exception cref="TimeoutException">Another process held the lock for more than 10 minutes.</exception>
    public static DelayModel LoadOrTrain(ModelKind kind, string folder, IReadOnlyList<Flight>? train = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        train ??= FlightData.Split(FlightData.Load()).Train;
        var version = VersionOf(kind, train);
        var path = Path.Combine(folder, version + ".zip");
        if (TryLoad(path) is { } cached)
        {
            return cached;
        }

        using (AcquireLock(Path.Combine(folder, version + ".lock")))
        {
            if (TryLoad(path) is { } savedMeanwhile)
            {
                return savedMeanwhile;
            }

            var model = Train(kind, train);
            // Write beside and rename: a reader never sees half a file.
            var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            model.Save(temporary);
            File.Move(temporary, path, overwrite: true);
            return model;
        }
    }

    private static DelayModel? TryLoad(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return Load(path);
        }
        catch (InvalidDataException)
        {
            return null; // a damaged cache file is trained anew and replaced
        }
    }

    private static FileStream AcquireLock(string lockPath)
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock between processes too (flock on Unix).
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"Waited {LockWait.TotalMinutes} minutes for '{lockPath}' (another process training the same model?).", e);
            }
        }
    }
}
