using Microsoft.Playwright;

namespace DataApps.BrowserTests;

/// <summary>Where the tests find Debian's Chromium and how they start it.</summary>
internal static class Chromium
{
    /// <summary>The browser binary: Debian's package (<c>apt-get install chromium</c>); <c>DATAAPPS_CHROMIUM</c> overrides it.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("DATAAPPS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Flags for a headless Chromium in a container, on 2 cores, with no network but the loopback.</summary>
    public static IReadOnlyList<string> Args { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // A fake camera and microphone, granted without a prompt (ui.CameraInput, ui.AudioInput); harmless elsewhere.
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
    ];

    /// <summary>Whether tests run under CI, where a missing browser is a failure rather than a skip.</summary>
    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason { get; } = File.Exists(ExecutablePath)
        ? null
        : $"Chromium was not found at {ExecutablePath}; install Debian's package (apt-get install chromium) to run the browser tests.";

    /// <summary>Starts headless Chromium with <see cref="Args"/> through <paramref name="playwright"/>.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            Timeout = (float)Timeouts.Launch.TotalMilliseconds,
        });
}
