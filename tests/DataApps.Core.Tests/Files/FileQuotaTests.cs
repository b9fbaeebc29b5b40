using DataApps.Core.Tests.Caching;
using DataApps.Files;

namespace DataApps.Core.Tests.Files;

/// <summary>Upload quotas per session and per server, and uploads nobody holds swept after their lifetime.</summary>
public sealed class FileQuotaTests : IDisposable
{
    private readonly FakeTime _time = new();
    private readonly string _root = Directory.CreateTempSubdirectory("dataapps-quota-test").FullName;
    private readonly FileStore _store;

    public FileQuotaTests() => _store = new FileStore(
        new FileLimits(MaxUploadSize: 1000) { SessionQuota = 1500, ServerQuota = 2500, UnclaimedUploadLifetime = TimeSpan.FromMinutes(5) },
        _root, _time);

    [Fact]
    public void AnUploadOverTheSessionQuotaIsRefusedBeforeAnyByteSayingHowMuchIsInUse()
    {
        var files = Uploader();
        files.BeginUpload("w", "a.bin", 1000, null);

        var e = Assert.Throws<UploadRejectedException>(() => files.BeginUpload("w", "b.bin", 600, null));

        Assert.Equal(UploadProblem.OverQuota, e.Problem);
        Assert.Equal("b.bin (600 bytes) does not fit in this page's upload space: 1,000 bytes of 1.5 KB is in use. Remove a file and try again.", e.Message);
        Assert.Equal(1, files.UploadCount);
        Assert.Equal(1000, _store.Reserved);
    }

    [Fact]
    public void TheServerQuotaCountsEverySessionsUploads()
    {
        Uploader().BeginUpload("w", "a.bin", 1000, null);
        Uploader().BeginUpload("w", "b.bin", 1000, null);

        var e = Assert.Throws<UploadRejectedException>(() => Uploader().BeginUpload("w", "c.bin", 600, null));

        Assert.Equal(UploadProblem.ServerFull, e.Problem);
        Assert.Contains("upload space of 2.4 KB is in use by other sessions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingAFileOrEndingTheSessionGivesItsSpaceBack()
    {
        var files = Uploader();
        var id = files.BeginUpload("w", "a.bin", 1000, null);
        await files.AppendAsync(id, 0, new MemoryStream(new byte[1000]), TestContext.Current.CancellationToken);
        var other = Uploader();
        other.BeginUpload("w", "b.bin", 700, null);

        files.Retain("w", files.Completed("w", [id]));
        files.Retain("w", []);
        other.Dispose();

        Assert.Equal((0L, 0L), (files.Reserved, _store.Reserved));
        files.BeginUpload("w", "c.bin", 1000, null); // fits again
    }

    [Fact]
    public async Task ACompletedUploadThePageNeverTookIsDeletedAfterTheLifetime()
    {
        var files = Uploader();
        var id = files.BeginUpload("w", "a.bin", 3, null);
        await files.AppendAsync(id, 0, new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        var path = Directory.GetFiles(_store.Directory, "*.upload").Single();

        _time.Advance(TimeSpan.FromMinutes(4));
        var early = _store.SweepUnclaimed();
        _time.Advance(TimeSpan.FromMinutes(2));
        var late = _store.SweepUnclaimed();

        Assert.Equal((0, 1), (early, late));
        Assert.False(File.Exists(path));
        Assert.Empty(files.Completed("w", [id]));
        Assert.Equal(0, _store.Reserved);
    }

    [Fact]
    public void AStalledUploadIsDeletedAfterTheLifetimeSinceItsLastByte()
    {
        var files = Uploader();
        files.BeginUpload("w", "a.bin", 1000, null);

        _time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(1, _store.SweepUnclaimed());
        Assert.Equal(0, files.UploadCount);
    }

    [Fact]
    public async Task AFileTheWidgetHoldsStaysWhileTheWidgetIsShownAndGoesWhenItIsNotShownForTheLifetime()
    {
        var files = Uploader();
        var id = files.BeginUpload("w", "a.bin", 3, null);
        await files.AppendAsync(id, 0, new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        files.Retain("w", files.Completed("w", [id])); // the widget holds it

        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(4));
            files.RegisterUploader("w", null, []); // a run shows the widget
            Assert.Equal(0, _store.SweepUnclaimed());
        }

        _time.Advance(TimeSpan.FromMinutes(6)); // the page stopped showing it (its value is gone with it)
        Assert.Equal(1, _store.SweepUnclaimed());
        Assert.Equal(0, files.UploadCount);
    }

    [Fact]
    public void ALimitThatIsNotPositiveStopsTheStoreNamingTheSetting()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new FileStore(new FileLimits(1000) { SessionQuota = 0 }, _root, _time));

        Assert.Contains("DataApps:Files:SessionQuota = 0", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private SessionFiles Uploader()
    {
        var files = _store.Open();
        files.RegisterUploader("w", null, []);
        return files;
    }
}
