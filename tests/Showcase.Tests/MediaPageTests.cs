using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class MediaPageTests
{
    private static async Task<AppTest> OpenAsync()
    {
        var app = AppTest.For<MediaPage>();
        await app.RunAsync();
        return app;
    }

    [Fact]
    public async Task ThePageShowsAPictureAGridATonePlayerAndTheClip()
    {
        using var app = await OpenAsync();

        Assert.Null(app.Exception);
        Assert.Equal("image/png", app.Image(0).ContentType());
        Assert.Equal(240, app.Image(0).Width);
        Assert.Equal(["Berry", "Leaf", "Ember"], app.Image(1).Captions);
        Assert.Equal("audio/wav", app.Audio().ContentType);
        Assert.Equal(44 + (22_050 * 2), app.Audio().ReadBytes().Length);
        Assert.Equal("video/webm", app.Video().ContentType);
        Assert.Equal(MediaAssets.Clip, app.Video().ReadBytes());
        Assert.True(app.Video().Element.Loop);
    }

    [Fact]
    public async Task TheGeneratedPictureIsAValidPng()
    {
        using var app = await OpenAsync();

        var png = app.Image(0).ReadBytes();

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }

    [Fact]
    public async Task MovingTheWidthSliderKeepsThePictureUrl()
    {
        using var app = await OpenAsync();
        var url = app.Image(0).Urls[0];

        await app.Slider("Width").SetValue(400).RunAsync();

        Assert.Equal(url, app.Image(0).Urls[0]);
        Assert.Equal(400, app.Image(0).Width);
    }

    [Fact]
    public async Task ChoosingAnotherNoteServesAnotherToneAndReleasesTheFirst()
    {
        using var app = await OpenAsync();
        var first = app.Audio().Url;

        await app.Radio("Note").SetValue("E5").RunAsync();

        Assert.NotEqual(first, app.Audio().Url);
        Assert.False(app.Serves(first));
        Assert.Contains(app.Get<CaptionElement>(), c => c.Text.StartsWith("E5 (659.25 Hz)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACameraPhotoIsEchoedByTheScript()
    {
        using var app = await OpenAsync();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4];

        await app.CameraInput("Take a photo").Take(jpeg).RunAsync();

        Assert.Contains(app.Get<SuccessElement>(), s => s.Body == "The script got photo.jpg: 8 bytes of image/jpeg.");
        var echo = app.Get<ImageElement>().Single(i => i.Images[0].Caption == "What the script received");
        Assert.Equal(jpeg, app.ReadMedia(echo.Images[0].Url));
    }

    [Fact]
    public async Task ARecordingIsEchoedWithItsLength()
    {
        using var app = await OpenAsync();
        var wav = app.Audio().ReadBytes(); // the one-second tone: a 22 050 Hz, 16-bit mono WAV

        await app.AudioInput("Record a clip").Record(wav).RunAsync();

        Assert.Contains(app.Get<SuccessElement>(), s => s.Body == $"The script got recording.wav: {wav.Length:N0} bytes of audio/wav, 1.0 s.");
        Assert.Equal(2, app.Get<AudioElement>().Count);
    }
}
