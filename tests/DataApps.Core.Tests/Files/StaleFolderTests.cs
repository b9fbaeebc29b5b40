using System.Diagnostics;
using DataApps.Files;

namespace DataApps.Core.Tests.Files;

/// <summary>
/// At startup a store deletes the upload folders of processes that died without cleaning up (kill -9), never a live process's:
/// real processes hold and drop the folder locks (<c>flock</c> from util-linux takes the same lock .NET does).
/// </summary>
public sealed class StaleFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dataapps-stale-test").FullName;

    [Fact]
    public async Task TheFolderOfAKilledProcessIsDeletedAndTheFolderOfALiveOneKept()
    {
        if (!File.Exists("/usr/bin/flock"))
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") != "true", "flock (util-linux) is not installed.");
            Assert.Fail("flock (util-linux) is needed on CI.");
        }

        var (deadFolder, dead) = FolderHeldByProcess();
        var (liveFolder, live) = FolderHeldByProcess();
        try
        {
            dead.Kill(); // SIGKILL: no cleanup runs, the OS drops the lock
            await dead.WaitForExitAsync(TestContext.Current.CancellationToken);

            using var store = new FileStore(new FileLimits(1000), _root);

            Assert.Equal([deadFolder], store.StaleFoldersDeleted);
            Assert.False(Directory.Exists(deadFolder));
            Assert.True(File.Exists(Path.Combine(liveFolder, "upload.bin")));
            Assert.True(Directory.Exists(store.Directory));
        }
        finally
        {
            live.Kill();
            live.Dispose();
            dead.Dispose();
        }
    }

    [Fact]
    public void TwoStoresOnOneMachineDoNotDeleteEachOthersFolders()
    {
        using var first = new FileStore(new FileLimits(1000), _root);
        File.WriteAllBytes(Path.Combine(first.Directory, "kept.upload"), [1]);

        using var second = new FileStore(new FileLimits(1000), _root);

        Assert.Empty(second.StaleFoldersDeleted);
        Assert.True(File.Exists(Path.Combine(first.Directory, "kept.upload")));
        Assert.NotEqual(first.Directory, second.Directory);
    }

    [Fact]
    public void AFolderWhoseLockNobodyHoldsAndWhoseProcessIsGoneIsDeleted()
    {
        var folder = Path.Combine(_root, $"{int.MaxValue - 7}-12345-{Guid.NewGuid():N}"); // no such pid
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, FileFolders.LockFileName), []);
        var legacy = Directory.CreateDirectory(Path.Combine(_root, Guid.NewGuid().ToString("N"))).FullName; // no lock file: left alone

        using var store = new FileStore(new FileLimits(1000), _root);

        Assert.Equal([folder], store.StaleFoldersDeleted);
        Assert.True(Directory.Exists(legacy));
    }

    [Fact]
    public void DisposingTheStoreDeletesItsFolder()
    {
        var store = new FileStore(new FileLimits(1000), _root);

        store.Dispose();

        Assert.False(Directory.Exists(store.Directory));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A folder named and locked like a store's, by another process (flock holding the lock while it sleeps).</summary>
    private (string Folder, Process Holder) FolderHeldByProcess()
    {
        var pending = Directory.CreateDirectory(Path.Combine(_root, "pending-" + Guid.NewGuid().ToString("N"))).FullName;
        var lockFile = Path.Combine(pending, FileFolders.LockFileName);
        File.WriteAllBytes(lockFile, []);
        File.WriteAllBytes(Path.Combine(pending, "upload.bin"), [1]);
        var holder = Process.Start(new ProcessStartInfo("/usr/bin/flock", ["--exclusive", "--no-fork", lockFile, "sleep", "120"]))!;
        for (var attempt = 0; attempt < 200 && !IsLocked(lockFile); attempt++)
        {
            Thread.Sleep(50);
        }

        Assert.True(IsLocked(lockFile), "flock did not take the lock.");
        var start = new DateTimeOffset(holder.StartTime.ToUniversalTime()).ToUnixTimeSeconds();
        var folder = Path.Combine(_root, $"{holder.Id}-{start}-{Guid.NewGuid():N}");
        Directory.Move(pending, folder); // the lock is on the file, which moves with the folder
        return (folder, holder);
    }

    private static bool IsLocked(string path)
    {
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                return false;
            }
        }
        catch (IOException)
        {
            return true;
        }
    }
}
