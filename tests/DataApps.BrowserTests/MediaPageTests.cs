using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests;

/// <summary>
/// The Media page in Chromium: pictures load from the session's media endpoint, another session cannot read them, and the fake
/// camera and microphone (Chromium.Args) deliver a snapshot and a recording to the script.
/// </summary>
[Collection(nameof(ShowcaseCollection))]
public sealed partial class MediaPageTests(ShowcaseFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ThePictureLoadsFromTheSessionsMediaEndpoint()
    {
        var app = await OpenAsync("/media");
        var picture = app.Elements("image").First.Locator("img");

        await Expect(picture).ToHaveJSPropertyAsync("naturalWidth", 240);
        var src = await picture.GetAttributeAsync("src");
        var response = await app.Page.APIRequest.GetAsync(src!);

        Assert.Matches(MediaUrl(), src);
        Assert.Equal(200, response.Status);
        Assert.Equal("image/png", response.Headers["content-type"]);
    }

    [Fact]
    public async Task AnotherSessionCannotReadThisSessionsPhoto()
    {
        var mine = await OpenAsync("/media");
        await TakePhotoAsync(mine);
        var photo = (await mine.Elements("camera-input").Locator("img.da-capture-photo").GetAttributeAsync("src"))!;
        var id = photo[(photo.LastIndexOf('/') + 1)..];

        var theirs = await OpenAsync("/media");
        var theirPicture = await theirs.Elements("image").First.Locator("img").GetAttributeAsync("src");
        var theirToken = MediaUrl().Match(theirPicture!).Groups["token"].Value;
        var fromTheirSession = await theirs.Page.APIRequest.GetAsync($"/_dataapps/files/{theirToken}/media/{id}");
        var withAMadeUpToken = await theirs.Page.APIRequest.GetAsync($"/_dataapps/files/{new string('A', 43)}/media/{id}");
        var fromMine = await mine.Page.APIRequest.GetAsync(photo);

        Assert.NotEqual(MediaUrl().Match(photo).Groups["token"].Value, theirToken);
        Assert.Equal(404, fromTheirSession.Status);
        Assert.Equal(404, withAMadeUpToken.Status);
        Assert.Equal(200, fromMine.Status);
        Assert.Equal("image/jpeg", fromMine.Headers["content-type"]);
    }

    [Fact]
    public async Task ACopiedPictureUrlAnswers404InAnotherBrowserAndThePageKeepsItsHttpOnlyCookie()
    {
        var mine = await OpenAsync("/media");
        var picture = mine.Elements("image").First.Locator("img");
        await Expect(picture).ToHaveJSPropertyAsync("naturalWidth", 240);
        var src = (await picture.GetAttributeAsync("src"))!;

        var other = await OpenAsync("/"); // another browser profile: its own cookie
        var fromOther = await other.Page.APIRequest.GetAsync(src);
        var fromMine = await mine.Page.APIRequest.GetAsync(src);
        var cookie = (await mine.Page.Context.CookiesAsync()).Single(c => c.Name == ".DataApps.Browser");

        Assert.Equal(404, fromOther.Status);
        Assert.Equal(200, fromMine.Status);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
    }

    [Fact]
    public async Task ASnapshotFromTheFakeCameraReachesTheScript()
    {
        var app = await OpenAsync("/media");

        await TakePhotoAsync(app);

        var success = app.Elements("success").Filter(new LocatorFilterOptions { HasText = "photo.jpg" });
        await Expect(success).ToHaveTextAsync(new Regex(@"The script got photo\.jpg: [\d,]+ bytes of image/jpeg\."));
        var echo = app.Elements("image").Filter(new LocatorFilterOptions { HasText = "What the script received" }).Locator("img");
        await Expect(echo).Not.ToHaveJSPropertyAsync("naturalWidth", 0);
        await Expect(app.Elements("camera-input").Locator(".da-capture-clear")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ARecordingFromTheFakeMicrophoneReachesTheScriptAsWav()
    {
        var app = await OpenAsync("/media");
        var recorder = app.Elements("audio-input");
        var button = recorder.Locator(".da-capture-record");

        await button.ClickAsync();
        await Expect(button).ToHaveTextAsync("Stop");
        await Expect(recorder.Locator(".da-capture-clock")).ToHaveTextAsync(new Regex("0:0[1-9]"));
        await app.InteractAsync(() => button.ClickAsync());

        var success = app.Elements("success").Filter(new LocatorFilterOptions { HasText = "recording.wav" });
        await Expect(success).ToHaveTextAsync(new Regex(@"The script got recording\.wav: [\d,]+ bytes of audio/wav, [1-9]\.\d s\."));
        await Expect(recorder.Locator("audio.da-capture-playback")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ARefusedCameraAndMicrophoneAreExplainedInTheirWidgets()
    {
        var app = await NewPageAsync();
        // What a browser does when the user (or a policy) says no.
        await app.Page.AddInitScriptAsync(
            "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
        await app.GotoAsync("/media");
        var camera = app.Elements("camera-input");
        var recorder = app.Elements("audio-input");

        await recorder.Locator(".da-capture-record").ClickAsync();

        await Expect(camera.Locator("[role=alert]")).ToHaveTextAsync(
            "The browser refused access to the camera. Allow it for this site (the icon in the address bar) and try again.");
        await Expect(camera.Locator(".da-capture-take")).ToBeDisabledAsync();
        await Expect(recorder.Locator("[role=alert]")).ToHaveTextAsync(
            "The browser refused access to the microphone. Allow it for this site (the icon in the address bar) and try again.");
        await Expect(recorder.Locator(".da-capture-record")).ToHaveTextAsync("Record");
    }

    private static async Task TakePhotoAsync(AppPage app)
    {
        var take = app.Elements("camera-input").Locator(".da-capture-take");
        await Expect(take).ToBeEnabledAsync();
        await app.InteractAsync(() => take.ClickAsync());
        await Expect(app.Elements("camera-input").Locator("img.da-capture-photo")).ToHaveCountAsync(1);
    }

    [GeneratedRegex("^/_dataapps/files/(?<token>[A-Za-z0-9_-]{43})/media/[A-Za-z0-9_-]{22}\\.[a-z0-9]+$")]
    private static partial Regex MediaUrl();
}
