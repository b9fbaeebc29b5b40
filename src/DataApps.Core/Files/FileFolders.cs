namespace DataApps.Files;

/// <summary>
/// The per-process folders under <c>&lt;temp&gt;/dataapps-files</c>: each store makes its own and locks it; at startup, folders left by
/// processes that died without cleaning up (a crash, <c>kill -9</c>) are deleted.
/// </summary>
/// <remarks>
/// Note [Stale folders]: a folder is named <c>&lt;pid&gt;-&lt;process start, Unix seconds&gt;-&lt;random&gt;</c> and holds a <c>.lock</c> file that its store keeps open with
/// <see cref="FileShare.None"/> for as long as it lives (an exclusive <c>flock</c> on Linux and macOS, a share lock on Windows);
/// the operating system releases the lock when the process dies, however it dies. A folder is deleted only when its lock can be
/// taken <em>and</em> no process with its pid and start time is running (a restarted container's app has the same pid, not the
/// same start time), so a live process's folder is never deleted: not by a second replica on the
/// same machine (the lock is on the file, across processes and containers sharing the folder), nor when file locking is switched
/// off (<c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c>; the pid still guards it). Folders without a lock file (from older versions, or a
/// process that died between making the folder and locking it) are left alone.
/// </remarks>
internal static class FileFolders
{
    public const string LockFileName = ".lock";

    /// <summary>Where stores make their folders by default.</summary>
    public static string DefaultRoot => Path.Combine(Path.GetTempPath(), "dataapps-files");

    /// <summary>Makes and locks a fresh folder of this process under <paramref name="root"/>.</summary>
    public static (string Path, FileStream Lock) CreateOwn(string root)
    {
        for (var attempt = 0; ; attempt++)
        {
            var path = Path.Combine(root, $"{Environment.ProcessId}-{StartOf(Environment.ProcessId)}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(path);
            try
            {
                return (path, new FileStream(Path.Combine(path, LockFileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (attempt < 3)
            {
                // Another process's startup cleanup took the lock between our create and our lock: it deletes the folder; take another.
            }
        }
    }

    /// <summary>Deletes the folders under <paramref name="root"/> whose owning process is gone (see Note [Stale folders]).</summary>
    /// <returns>The folders deleted, and those that could not be (with why).</returns>
    public static (IReadOnlyList<string> Deleted, IReadOnlyList<string> Failed) DeleteStale(string root)
    {
        var deleted = new List<string>();
        var failed = new List<string>();
        if (!Directory.Exists(root))
        {
            return (deleted, failed);
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var lockPath = Path.Combine(folder, LockFileName);
            if (!File.Exists(lockPath) || IsRunning(folder))
            {
                continue;
            }

            try
            {
                using (new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // held: its process is alive
            }

            try
            {
                Directory.Delete(folder, recursive: true);
                deleted.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed.Add($"{folder}: {e.Message}");
            }
        }

        return (deleted, failed);
    }

    /// <summary>Whether the process named by the folder (pid and start time) is running.</summary>
    private static bool IsRunning(string folder)
    {
        if (Path.GetFileName(folder).Split('-') is not [var pidText, var startText, _] || !int.TryParse(pidText, out var pid)
            || !long.TryParse(startText, out var start))
        {
            return false;
        }

        return StartOf(pid) is { } running && Math.Abs(running - start) <= 2;
    }

    /// <summary>When the process <paramref name="pid"/> started, in Unix seconds; <c>null</c> when no such process runs.</summary>
    private static long? StartOf(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited ? null : new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null; // no such process, or one we may not inspect (the lock still guards its folder)
        }
    }
}
