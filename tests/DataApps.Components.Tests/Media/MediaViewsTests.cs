using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Media;
using Microsoft.JSInterop;

namespace DataApps.Components.Tests.Media;

public sealed class MediaViewsTests : RendererTest
{
    [Fact]
    public void AnImageLoadsFromItsUrlWithItsCaptionAndWidth()
    {
        var cut = Render<ImageView, ImageElement>(SomeMedia.Image(width: 200, captions: "A dot"));

        var img = cut.Find("img");
        Assert.Equal("/_dataapps/files/token/media/img0.png", img.GetAttribute("src"));
        Assert.Equal("200", img.GetAttribute("width"));
        Assert.Equal("A dot", img.GetAttribute("alt"));
        Assert.Equal("A dot", cut.Find("figcaption").TextContent);
        Assert.Empty(cut.FindAll(".da-image-grid"));
    }

    [Fact]
    public void SeveralImagesAreAGridAndOnlyCaptionedOnesHaveACaption()
    {
        var cut = Render<ImageView, ImageElement>(SomeMedia.Image(count: 3, captions: "first"));

        Assert.Single(cut.FindAll(".da-image-grid"));
        Assert.Equal(3, cut.FindAll("img").Count);
        Assert.Single(cut.FindAll("figcaption"));
        Assert.Null(cut.FindAll("img")[0].GetAttribute("width"));
    }

    [Fact]
    public void AudioStartsAndStopsThroughAMediaFragmentAndKeepsItsFlags()
    {
        var cut = Render<AudioView, AudioElement>(SomeMedia.Audio(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(4), loop: true));

        var audio = cut.Find("audio");
        Assert.Equal("/_dataapps/files/token/media/tone.wav#t=1.5,4", audio.GetAttribute("src"));
        Assert.True(audio.HasAttribute("controls"));
        Assert.False(audio.HasAttribute("autoplay"));
    }

    [Fact]
    public void ALoopWithTimesIsDrivenByTheScriptFromTheStartTime()
    {
        var module = Context.JSInterop.SetupModule("./_content/DataApps.Components/mediaTimes.js");
        module.Mode = JSRuntimeMode.Loose;

        var cut = Render<AudioView, AudioElement>(SomeMedia.Audio(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(4), loop: true));

        Assert.False(cut.Find("audio").HasAttribute("loop")); // the browser's loop would restart at 0
        var attach = module.VerifyInvoke("attach");
        Assert.Equal((1.5, 4.0, true), ((double)attach.Arguments[1]!, (double)attach.Arguments[2]!, (bool)attach.Arguments[3]!));
    }

    [Fact]
    public void APlainLoopIsTheBrowsersOwnWithoutScript()
    {
        var module = Context.JSInterop.SetupModule("./_content/DataApps.Components/mediaTimes.js");

        var cut = Render<VideoView, VideoElement>(SomeMedia.Video(loop: true));

        Assert.True(cut.Find("video").HasAttribute("loop"));
        Assert.Empty(module.Invocations);
    }

    [Fact]
    public void AudioWithoutTimesUsesThePlainUrl()
    {
        var cut = Render<AudioView, AudioElement>(SomeMedia.Audio());

        Assert.Equal("/_dataapps/files/token/media/tone.wav", cut.Find("audio").GetAttribute("src"));
    }

    [Fact]
    public void VideoHasItsFlagsAndWidth()
    {
        var cut = Render<VideoView, VideoElement>(SomeMedia.Video(autoplay: true, muted: true, width: 320));

        var video = cut.Find("video");
        Assert.True(video.HasAttribute("autoplay"));
        Assert.True(video.HasAttribute("muted"));
        Assert.False(video.HasAttribute("loop"));
        Assert.Contains("width:320px", video.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCameraScriptIsAttachedWithTheSessionsUploadUrlAndTurnedOn()
    {
        var module = Context.JSInterop.SetupModule(CameraInputView.ScriptPath);
        module.Mode = JSRuntimeMode.Loose;

        Render<CameraInputView, CameraInputElement>(SomeMedia.Camera());

        var attach = module.VerifyInvoke("attachCamera");
        Assert.Equal(SomeMedia.UploadUrl, attach.Arguments[2]);
        Assert.Equal("camera-input-1", attach.Arguments[3]);
    }

    [Fact]
    public void TheTakeButtonWaitsForTheCamera()
    {
        var cut = Render<CameraInputView, CameraInputElement>(SomeMedia.Camera());
        Assert.True(cut.Find(".da-capture-take").HasAttribute("disabled"));

        cut.InvokeAsync(() => cut.Instance.OnReady(true));

        Assert.False(cut.Find(".da-capture-take").HasAttribute("disabled"));
    }

    [Fact]
    public void AHeldPhotoIsShownWithAClearButtonThatSendsNull()
    {
        var cut = Render<CameraInputView, CameraInputElement>(SomeMedia.Camera(withPhoto: true));

        Assert.Equal("/_dataapps/files/token/media/photo.jpg", cut.Find("img.da-capture-photo").GetAttribute("src"));
        cut.Find(".da-capture-clear").Click();

        Assert.Equal("camera-input-1", Sink.Single.WidgetId);
        Assert.Null(Sink.Single.Value);
    }

    [Fact]
    public async Task AnUploadedCaptureSendsItsIdAsTheValue()
    {
        var cut = Render<AudioInputView, AudioInputElement>(SomeMedia.Recorder());

        await cut.InvokeAsync(() => cut.Instance.OnUploaded("up-9"));

        Assert.Equal("audio-input-1", Sink.Single.WidgetId);
        Assert.Equal("up-9", Sink.Single.Value);
    }

    [Fact]
    public async Task ARefusedMicrophoneIsExplainedAndSendsNothing()
    {
        var cut = Render<AudioInputView, AudioInputElement>(SomeMedia.Recorder());

        await cut.InvokeAsync(() => cut.Instance.OnRejected("The browser refused access to the microphone."));

        Assert.Equal("The browser refused access to the microphone.", cut.Find("[role=alert]").TextContent);
        Assert.Empty(Sink.Values);
    }

    [Fact]
    public async Task TheRecordButtonBecomesStopWhileRecording()
    {
        var cut = Render<AudioInputView, AudioInputElement>(SomeMedia.Recorder(withRecording: true));
        Assert.Equal("Record again", cut.Find(".da-capture-record").TextContent);

        await cut.InvokeAsync(() => cut.Instance.OnRecording(true));

        Assert.Equal("Stop", cut.Find(".da-capture-record").TextContent);
        Assert.Equal("true", cut.Find(".da-capture-record").GetAttribute("aria-pressed"));
        Assert.Equal("/_dataapps/files/token/media/recording.wav", cut.Find("audio.da-capture-playback").GetAttribute("src"));
    }
}
