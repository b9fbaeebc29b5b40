using System.Diagnostics;

namespace ModelCompare.SignIn;

/// With --auth: makes sure tools/dev-identity answers on 127.0.0.1:5099, starting it as a child process when it does not and
/// node and its packages are there; otherwise stops the app with a message that says how to start it.
internal static partial class DevIdentityLauncher
{
    public static async Task<Process?> EnsureRunningAsync(string contentRoot, IEnumerable<string> appUrls, ILogger logger, CancellationToken ct = default)
    {
        var metadata = new Uri(SignInSetup.DevIdentityAuthority + "/.well-known/openid-configuration");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        if (await AnswersAsync(http, metadata, ct))
        {
            Log.ProviderAnswers(logger, SignInSetup.DevIdentityAuthority);
            return null;
        }

        var folder = FindProviderFolder(contentRoot);
        var node = FindOnPath("node");
        if (folder is null || node is null || !Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            var where = folder ?? "tools/dev-identity";
            throw new InvalidOperationException(
                $"--auth signs in through the local provider at {SignInSetup.DevIdentityAuthority}, which does not answer" +
                (node is null ? ", and Node.js (node) is not installed to start it" : folder is null ? ", and tools/dev-identity was not found above the app" : $", and its packages are not installed ({where}/node_modules)") +
                $". Start it by hand: `npm ci --prefix {where}` once, then `DEV_IDENTITY_APP_URLS={string.Join(',', appUrls)} node {where}/server.mjs`; or run without --auth in Development.");
        }

        var start = new ProcessStartInfo(node, "server.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEV_IDENTITY_PORT"] = "5099";
        start.Environment["DEV_IDENTITY_APP_URLS"] = string.Join(',', appUrls);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start the local OIDC provider.");
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { Log.ProviderOutput(logger, line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { Log.ProviderOutput(logger, line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 150 && !process.HasExited; attempt++)
        {
            if (await AnswersAsync(http, metadata, ct))
            {
                Log.ProviderStarted(logger, SignInSetup.DevIdentityAuthority, process.Id);
                return process;
            }

            await Task.Delay(100, ct);
        }

        Stop(process);
        throw new InvalidOperationException($"The local OIDC provider ({folder}/server.mjs) did not answer at {SignInSetup.DevIdentityAuthority} within 15 s; is port 5099 taken?");
    }

    public static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http, Uri metadata, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(metadata, ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string? FindProviderFolder(string contentRoot)
    {
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "dev-identity");
                if (File.Exists(Path.Combine(candidate, "server.mjs")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Signing in through the local provider at {Authority}")]
        public static partial void ProviderAnswers(ILogger logger, string authority);

        [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Started the local OIDC provider at {Authority} (process {ProcessId}); it stops with the app")]
        public static partial void ProviderStarted(ILogger logger, string authority, int processId);

        [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "dev-identity: {Line}")]
        public static partial void ProviderOutput(ILogger logger, string line);
    }
}
