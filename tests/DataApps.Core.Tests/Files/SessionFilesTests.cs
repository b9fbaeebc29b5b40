using DataApps.Files;

namespace DataApps.Core.Tests.Files;

public sealed class SessionFilesTests : IDisposable
{
    private readonly FileStore _store = new(maxUploadSize: 1000);

    [Fact]
    public void TokensAreLongRandomAndDistinctPerSession()
    {
        var a = _store.Open();
        var b = _store.Open();

        Assert.NotEqual(a.Token, b.Token);
        Assert.True(a.Token.Length >= 43, a.Token);
        Assert.True(_store.TryGet(a.Token, out var found) && ReferenceEquals(found, a));
    }

    [Fact]
    public async Task SlicesInOrderCompleteTheUploadIntoATemporaryFile()
    {
        var files = _store.Open();
        files.RegisterUploader("w", null, []);
        var id = files.BeginUpload("w", "data.csv", 6, "text/csv");

        await files.AppendAsync(id, 0, new MemoryStream("abc"u8.ToArray()), TestContext.Current.CancellationToken);
        var (received, completed) = await files.AppendAsync(id, 3, new MemoryStream("def"u8.ToArray()), TestContext.Current.CancellationToken);

        Assert.Equal((6, true), (received, completed));
        var file = Assert.Single(files.Completed("w", [id]));
        Assert.Equal("abcdef", file.ReadAllText());
        Assert.Equal(("data.csv", 6L, "text/csv"), (file.Name, file.Size, file.ContentType));
    }

    [Fact]
    public async Task ASliceAtTheWrongOffsetIsRefusedWithTheOffsetToResumeFrom()
    {
        var files = _store.Open();
        files.RegisterUploader("w", null, []);
        var id = files.BeginUpload("w", "x.bin", 4, null);
        await files.AppendAsync(id, 0, new MemoryStream([1, 2]), TestContext.Current.CancellationToken);

        var e = await Assert.ThrowsAsync<UploadRejectedException>(() => files.AppendAsync(id, 0, new MemoryStream([3, 4]), TestContext.Current.CancellationToken));

        Assert.Equal(UploadProblem.WrongOffset, e.Problem);
        Assert.Equal(2, e.Received);
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedBeforeAnyByteWithNameSizeAndLimit()
    {
        var files = _store.Open();
        files.RegisterUploader("w", null, []);

        var e = Assert.Throws<UploadRejectedException>(() => files.BeginUpload("w", "big.csv", 5000, null));

        Assert.Equal(UploadProblem.TooLarge, e.Problem);
        Assert.Equal("big.csv is 4.9 KB, larger than the upload limit of 1,000 bytes.", e.Message);
        Assert.Equal(0, files.UploadCount);
    }

    [Fact]
    public void AWidgetLimitBelowTheAppLimitApplies()
    {
        var files = _store.Open();
        files.RegisterUploader("w", maxSize: 10, []);

        var e = Assert.Throws<UploadRejectedException>(() => files.BeginUpload("w", "a.txt", 11, null));

        Assert.Contains("limit of 10 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataBeyondTheAnnouncedSizeIsCutOffAsItArrivesAndTheFileDeleted()
    {
        var files = _store.Open();
        files.RegisterUploader("w", null, []);
        var id = files.BeginUpload("w", "liar.bin", 3, null);

        var e = await Assert.ThrowsAsync<UploadRejectedException>(() => files.AppendAsync(id, 0, new MemoryStream(new byte[10]), TestContext.Current.CancellationToken));

        Assert.Equal(UploadProblem.TooLarge, e.Problem);
        Assert.Equal(0, files.UploadCount);
        Assert.Empty(Directory.GetFiles(_store.Directory, "*.upload"));
    }

    [Fact]
    public void AFileOfATypeTheWidgetDoesNotAcceptIsRefused()
    {
        var files = _store.Open();
        files.RegisterUploader("w", null, [".csv", "image/*"]);

        Assert.Equal(UploadProblem.WrongType, Assert.Throws<UploadRejectedException>(() => files.BeginUpload("w", "a.exe", 1, null)).Problem);
        files.BeginUpload("w", "A.CSV", 1, null);
        files.BeginUpload("w", "photo", 1, "image/png");
    }

    [Fact]
    public void AnUploadToAWidgetTheSessionDoesNotShowIsRefused()
    {
        var files = _store.Open();

        Assert.Equal(UploadProblem.NotFound, Assert.Throws<UploadRejectedException>(() => files.BeginUpload("nope", "a", 1, null)).Problem);
    }

    [Fact]
    public async Task IdsOfAnotherSessionOrWidgetOrIncompleteUploadsAreIgnored()
    {
        var mine = _store.Open();
        var theirs = _store.Open();
        mine.RegisterUploader("w", null, []);
        theirs.RegisterUploader("w", null, []);
        var other = theirs.BeginUpload("w", "secret", 1, null);
        await theirs.AppendAsync(other, 0, new MemoryStream([1]), TestContext.Current.CancellationToken);
        var partial = mine.BeginUpload("w", "half", 2, null);

        Assert.Empty(mine.Completed("w", [other, partial]));
    }

    [Fact]
    public async Task EndingTheSessionDeletesItsFilesAndForgetsItsToken()
    {
        var files = _store.Open();
        files.RegisterUploader("w", null, []);
        var id = files.BeginUpload("w", "a", 1, null);
        await files.AppendAsync(id, 0, new MemoryStream([1]), TestContext.Current.CancellationToken);

        files.Dispose();

        Assert.Empty(Directory.GetFiles(_store.Directory, "*.upload"));
        Assert.False(_store.TryGet(files.Token, out _));
    }

    [Fact]
    public void StoppingTheStoreDeletesItsFolder()
    {
        var store = new FileStore(10);
        store.Open().RegisterUploader("w", null, []);

        store.Dispose();

        Assert.False(Directory.Exists(store.Directory));
    }

    public void Dispose() => _store.Dispose();
}
