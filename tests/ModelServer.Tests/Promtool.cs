using System.Diagnostics;

namespace ModelServer.Tests;

/// <summary>Prometheus's promtool (Debian package prometheus, which tests/run.sh installs): skips without it, fails under CI=true.</summary>
internal static class Promtool
{
    private const string Executable = "/usr/bin/promtool";

    public static void Require()
    {
        if (!File.Exists(Executable))
        {
            var reason = "promtool is not installed (apt-get install prometheus); tests/run.sh installs it.";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>Runs promtool with <paramref name="args"/> (and <paramref name="input"/> on stdin); at most 60 s.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string[] args, string? input = null)
    {
        var start = new ProcessStartInfo(Executable, args) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
