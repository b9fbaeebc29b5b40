using System.Diagnostics;
using System.Net;
using DataApps.Tests.Shared;

namespace DataApps.BrowserTests;

/// <summary>
/// <c>dotnet watch run</c> on an app directory, bound to 127.0.0.1 on a free port: what it prints, line by line with the time
/// each line arrived, and the whole process tree killed when the test ends.
/// </summary>
internal sealed class DotnetWatch : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly Lock _lock = new();
    private readonly List<Line> _lines = [];
    private TaskCompletionSource _added = NewSignal();

    private DotnetWatch(Process process, Stopwatch clock, Uri baseAddress)
    {
        _process = process;
        _clock = clock;
        BaseAddress = baseAddress;
    }

    /// <summary>The app's address, http://127.0.0.1:PORT/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How many lines have been printed so far.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _lines.Count;
            }
        }
    }

    /// <summary>Everything printed so far, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return string.Join('\n', _lines.Select(l => $"{l.At.TotalSeconds,8:F3}s {l.Text}"));
            }
        }
    }

    /// <summary>Why <c>dotnet watch</c> cannot run here, or null when it can.</summary>
    public static async Task<string?> MissingReasonAsync()
    {
        try
        {
            using var version = Process.Start(new ProcessStartInfo("dotnet", ["watch", "--version"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await version.WaitForExitAsync(timeout.Token);
            return version.ExitCode == 0 ? null : $"`dotnet watch --version` exited with {version.ExitCode}.";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            return $"`dotnet watch` could not run: {e.Message}";
        }
    }

    /// <summary>Starts <c>dotnet watch run --non-interactive</c> in <paramref name="directory"/> with <paramref name="variables"/>; <paramref name="clock"/> times its lines.</summary>
    public static DotnetWatch Start(string directory, Stopwatch clock, IReadOnlyDictionary<string, string> variables)
    {
        var address = new Uri($"http://127.0.0.1:{DevIdentity.FreePort()}/");
        // --urls for the app: it wins over the launch profile's applicationUrl (a generated app has one on localhost:5000).
        var info = new ProcessStartInfo("dotnet", ["watch", "run", "--non-interactive", "--", "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };

        // What the test process inherited from `dotnet test` (MSBuild's paths) would steer the app's build elsewhere.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in variables)
        {
            info.Environment[name] = value;
        }

        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_WATCH_SUPPRESS_LAUNCH_BROWSER"] = "1";
        info.Environment["DOTNET_WATCH_RESTART_ON_RUDE_EDIT"] = "true";
        info.Environment["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // no build node outlives the test

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var watch = new DotnetWatch(process, clock, address);
        process.OutputDataReceived += (_, e) => watch.Add(e.Data);
        process.ErrorDataReceived += (_, e) => watch.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return watch;
    }

    /// <summary>Waits for a line printed after the first <paramref name="skip"/> lines that contains <paramref name="text"/>.</summary>
    /// <returns>The line and when it arrived.</returns>
    public async Task<Line> WaitForLineAsync(string text, int skip, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            Task added;
            lock (_lock)
            {
                if (_lines.Skip(skip).FirstOrDefault(l => l.Text.Contains(text, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }

                added = _added.Task;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dotnet watch exited ({_process.ExitCode}) before printing \"{text}\":\n{Output}");
            }

            try
            {
                await added.WaitAsync(TimeSpan.FromSeconds(1), cancel.Token); // a second at most, to notice an exit
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"dotnet watch did not print \"{text}\" within {timeout.TotalSeconds} s:\n{Output}");
            }
        }
    }

    /// <summary>Waits until the app answers its root page with 200 (after a start or a restart).</summary>
    public async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = _clock.Elapsed + timeout;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dotnet watch exited ({_process.ExitCode}) before the app served:\n{Output}");
            }

            if (_clock.Elapsed > deadline)
            {
                throw new TimeoutException($"The app did not serve {BaseAddress} within {timeout.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true); // dotnet watch, the build it may be running and the app
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or still going away: nothing more a test can do.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Add(string? text)
    {
        if (text is null)
        {
            return;
        }

        TaskCompletionSource added;
        lock (_lock)
        {
            _lines.Add(new Line(_clock.Elapsed, text));
            added = _added;
            _added = NewSignal();
        }

        added.TrySetResult();
    }


    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One line of output and when it arrived, on the test's clock.</summary>
    public sealed record Line(TimeSpan At, string Text);
}
