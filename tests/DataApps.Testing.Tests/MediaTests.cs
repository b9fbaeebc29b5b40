namespace DataApps.Testing.Tests;

public sealed class MediaTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13];
    private static readonly byte[] OtherPng = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 9, 9, 9, 9];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];

    [Fact]
    public async Task ImageBytesAreServedByTheSessionWithTheirDetectedContentType()
    {
        using var app = AppTest.FromFunction(ui => ui.Image(Png, caption: "A dot", width: 120));

        await app.RunAsync();

        var image = app.Image();
        Assert.StartsWith("/_dataapps/files/", image.Urls[0], StringComparison.Ordinal);
        Assert.Contains("/media/", image.Urls[0], StringComparison.Ordinal);
        Assert.Equal("image/png", image.ContentType());
        Assert.Equal(["A dot"], image.Captions);
        Assert.Equal(120, image.Width);
        Assert.Equal(Png, image.ReadBytes());
    }

    [Fact]
    public async Task TheSameBytesRerunKeepTheSameUrlAndOtherBytesGetAnother()
    {
        using var app = AppTest.FromFunction(ui => ui.Image((byte[])Png.Clone()));
        await app.RunAsync();
        var first = app.Image().Urls[0];

        await app.RunAsync();
        using var other = AppTest.FromFunction(ui => ui.Image(OtherPng));
        await other.RunAsync();

        Assert.Equal(first, app.Image().Urls[0]);
        Assert.NotEqual(first[(first.LastIndexOf('/') + 1)..], other.Image().Urls[0][(other.Image().Urls[0].LastIndexOf('/') + 1)..]);
    }

    [Fact]
    public async Task ASequenceOfImagesIsOneGridWithACaptionEach()
    {
        using var app = AppTest.FromFunction(ui => ui.Image([Png, Jpeg, new MemoryStream(OtherPng)], captions: ["png", "jpeg"]));

        await app.RunAsync();

        var grid = app.Image();
        Assert.Equal(3, grid.Urls.Count);
        Assert.Equal(["png", "jpeg", null], grid.Captions);
        Assert.Equal("image/jpeg", grid.ContentType(1));
        Assert.Equal(OtherPng, grid.ReadBytes(2));
    }

    [Fact]
    public async Task AListOfByteArraysBecomesAGridWithASpread()
    {
        var pictures = new List<byte[]> { Png, Jpeg };
        using var app = AppTest.FromFunction(ui => ui.Image([.. pictures]));

        await app.RunAsync();

        Assert.Equal(["image/png", "image/jpeg"], [app.Image().ContentType(0), app.Image().ContentType(1)]);
    }

    [Fact]
    public async Task AnHttpsUrlPassesThroughAsIs()
    {
        using var app = AppTest.FromFunction(ui => ui.Image("https://example.com/logo.png?v=2"));

        await app.RunAsync();

        Assert.Equal("https://example.com/logo.png?v=2", app.Image().Urls[0]);
    }

    [Fact]
    public async Task AnotherUrlSchemeShowsAClearErrorAndThePageGoesOn()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Image("javascript:alert(1)");
            ui.Video("ftp://example.com/clip.mp4");
            ui.Text("after");
        });

        await app.RunAsync();

        var errors = app.Get<ErrorElement>();
        Assert.Contains(errors, e => e.Body.Contains("ui.Image", StringComparison.Ordinal) && e.Body.Contains("'javascript:'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Body.Contains("ui.Video", StringComparison.Ordinal) && e.Body.Contains("http or https", StringComparison.Ordinal));
        Assert.Empty(app.Get<ImageElement>());
        Assert.Equal("after", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task AMissingFileShowsAnErrorNamingThePath()
    {
        using var app = AppTest.FromFunction(ui => ui.Image("no/such/picture.png"));

        await app.RunAsync();

        Assert.Contains("no/such/picture.png", app.Get<ErrorElement>().Single().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileIsServedFromItsPathAndGetsANewUrlWhenItChanges()
    {
        var path = Path.Combine(Path.GetTempPath(), $"media-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, [1, 2, 3]);
        try
        {
            using var app = AppTest.FromFunction(ui => ui.Audio(path, loop: true));
            await app.RunAsync();
            var first = app.Audio();
            var firstBytes = first.ReadBytes();

            await app.RunAsync();
            var same = app.Audio().Url;
            File.WriteAllBytes(path, [4, 5, 6, 7]);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
            await app.RunAsync();

            Assert.Equal("audio/wav", first.ContentType);
            Assert.Equal([1, 2, 3], firstBytes);
            Assert.Equal(first.Url, same);
            Assert.NotEqual(first.Url, app.Audio().Url);
            Assert.Equal([4, 5, 6, 7], app.Audio().ReadBytes());
            Assert.False(app.Serves(first.Url));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task MediaTheCompletedPageNoLongerShowsIsReleased()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("Other"))
            {
                ui.Image(OtherPng);
            }
            else
            {
                ui.Image(Png);
            }
        });
        await app.RunAsync();
        var first = app.Image().Urls[0];

        await app.Checkbox("Other").SetValue(true).RunAsync();

        Assert.False(app.Serves(first));
        Assert.True(app.Serves(app.Image().Urls[0]));
    }

    [Fact]
    public async Task AudioFromSamplesIsA16BitWavWithItsTimesAndFlags()
    {
        var samples = Enumerable.Range(0, 800).Select(i => MathF.Sin(i / 10f)).ToArray();
        using var app = AppTest.FromFunction(ui => ui.Audio(MediaSource.FromSamples(samples, 8000), startTime: TimeSpan.FromSeconds(0.02),
            endTime: TimeSpan.FromSeconds(0.08), autoplay: true));

        await app.RunAsync();

        var audio = app.Audio();
        var wav = audio.ReadBytes();
        Assert.Equal("audio/wav", audio.ContentType);
        Assert.Equal(44 + (800 * 2), wav.Length);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(8000, BitConverter.ToInt32(wav, 24));
        Assert.Equal(TimeSpan.FromSeconds(0.02), audio.Element.StartTime);
        Assert.Equal(TimeSpan.FromSeconds(0.08), audio.Element.EndTime);
        Assert.True(audio.Element.Autoplay);
        Assert.False(audio.Element.Loop);
    }

    [Fact]
    public async Task VideoKeepsItsContentTypeAndFlags()
    {
        using var app = AppTest.FromFunction(ui => ui.Video(new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 1, 2 }, loop: true, autoplay: true, muted: true, width: 320));

        await app.RunAsync();

        var video = app.Video();
        Assert.Equal("video/webm", video.ContentType);
        Assert.EndsWith(".webm", video.Url, StringComparison.Ordinal);
        Assert.Equal((true, true, true, 320), (video.Element.Loop, video.Element.Autoplay, video.Element.Muted, video.Element.Width));
    }

    [Fact]
    public async Task AnEndTimeBeforeTheStartTimeIsAnError()
    {
        using var app = AppTest.FromFunction(ui => ui.Audio(Png, startTime: TimeSpan.FromSeconds(5), endTime: TimeSpan.FromSeconds(2)));

        await app.RunAsync();

        Assert.IsType<ArgumentOutOfRangeException>(app.Exception);
    }

    [Fact]
    public async Task ACameraSnapshotReachesTheScriptAndIsShownInTheWidget()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var photo = ui.CameraInput("Photo");
            ui.Text(photo is null ? "none" : $"{photo.Name} {photo.ContentType} {photo.ReadAllBytes().Length}");
        });
        await app.RunAsync();

        await app.CameraInput("Photo").Take(Jpeg).RunAsync();

        Assert.Equal("photo.jpg image/jpeg 10", app.Get<TextElement>().Single().Text);
        var widget = app.CameraInput("Photo");
        Assert.Equal("photo.jpg", widget.Photo!.Name);
        Assert.Equal(Jpeg, app.ReadMedia(widget.Element.PreviewUrl!));
    }

    [Fact]
    public async Task ClearingTheCameraGivesNullAgain()
    {
        using var app = AppTest.FromFunction(ui => ui.Text(ui.CameraInput("Photo") is null ? "none" : "photo"));
        await app.RunAsync();
        await app.CameraInput("Photo").Take(Jpeg).RunAsync();

        await app.CameraInput("Photo").Clear().RunAsync();

        Assert.Equal("none", app.Get<TextElement>().Single().Text);
        Assert.Null(app.CameraInput("Photo").Element.PreviewUrl);
    }

    [Fact]
    public async Task TheCameraRefusesBytesThatAreNotAnImage()
    {
        using var app = AppTest.FromFunction(ui => ui.CameraInput("Photo"));
        await app.RunAsync();

        Assert.Throws<InvalidOperationException>(() => app.CameraInput("Photo").Take([1, 2, 3], "text/plain"));
    }

    [Fact]
    public async Task AnAudioRecordingReachesTheScriptAsWav()
    {
        byte[] wav = [.. "RIFF"u8, 40, 0, 0, 0, .. "WAVEfmt "u8, 1, 2, 3, 4];
        using var app = AppTest.FromFunction(ui =>
        {
            var voice = ui.AudioInput("Voice");
            if (voice is not null)
            {
                ui.Text($"{voice.Name} {voice.ContentType} {voice.Size}");
                ui.Audio(voice);
            }
        });
        await app.RunAsync();

        await app.AudioInput("Voice").Record(wav).RunAsync();

        Assert.Equal($"recording.wav audio/wav {wav.Length}", app.Get<TextElement>().Single().Text);
        Assert.Equal(wav, app.Audio().ReadBytes());
        Assert.Equal("recording.wav", app.AudioInput("Voice").Recording!.Name);
    }
}
