using System.Buffers.Binary;
using System.Globalization;
using DataApps;

namespace Showcase.Pages;

/// <summary>Images, audio and video served per session over HTTP, and the camera and microphone inputs echoing what they captured.</summary>
[Page("/media", Title = "Media", Icon = "perm_media", Section = "Basics", Order = 50)]
public sealed class MediaPage : DataPage
{
    private static readonly (string Name, double Hz)[] Notes = [("A4", 440), ("C5", 523.25), ("E5", 659.25)];

    protected override void Run(Ui ui)
    {
        ui.Title("Media");
        ui.Markdown("""
            `ui.Image`, `ui.Audio` and `ui.Video` take bytes, a stream, a file path or an http(s) URL. Content is served over HTTP
            from this session only (another session gets a 404), and the same content keeps its URL across reruns, so moving a
            slider does not download the pictures again.
            """);

        ui.Header("Images", divider: true);
        var width = ui.Slider("Width", 80, 480, 240, step: 20);
        ui.Image(MediaAssets.Picture(0x1E3A5F, 0x4FC3F7), caption: $"A PNG made in code, {width} px wide", width: width);
        ui.Subheader("A grid");
        ui.Image([MediaAssets.Picture(0x880E4F, 0xF48FB1), MediaAssets.Picture(0x1B5E20, 0xA5D6A7), MediaAssets.Picture(0xE65100, 0xFFCC80)],
            captions: ["Berry", "Leaf", "Ember"], width: 160);

        ui.Header("Audio", divider: true);
        var note = ui.Radio("Note", Notes.Select(n => n.Name).ToArray(), horizontal: true) ?? "A4";
        var hz = Notes.First(n => n.Name == note).Hz;
        ui.Audio(MediaSource.FromSamples(MediaAssets.Tone(hz), sampleRate: 22_050));
        ui.Caption($"{note} ({hz.ToString("0.##", CultureInfo.InvariantCulture)} Hz), one second, made from samples with MediaSource.FromSamples.");

        ui.Header("Video", divider: true);
        var loop = ui.Checkbox("Loop", value: true);
        ui.Video(MediaAssets.Clip, loop: loop, muted: true, width: 480);

        ui.Header("Camera", divider: true);
        var photo = ui.CameraInput("Take a photo", help: "The browser asks for the camera; nothing is recorded until you click.");
        if (photo is null)
        {
            ui.Caption("No photo yet.");
        }
        else
        {
            ui.Success($"The script got {photo.Name}: {photo.Size:N0} bytes of {photo.ContentType}.");
            ui.Image(photo, caption: "What the script received", width: 320);
        }

        ui.Header("Microphone", divider: true);
        var voice = ui.AudioInput("Record a clip");
        if (voice is null)
        {
            ui.Caption("No recording yet.");
        }
        else
        {
            ui.Success($"The script got {voice.Name}: {voice.Size:N0} bytes of {voice.ContentType}, {Seconds(voice.ReadAllBytes())} s.");
            ui.Audio(voice);
        }
    }

    /// <summary>The length of a PCM WAV recording, from its header.</summary>
    internal static string Seconds(byte[] wav)
    {
        var byteRate = wav.Length < 44 ? 0 : BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(28));
        return byteRate <= 0 ? "?" : ((wav.Length - 44) / (double)byteRate).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
