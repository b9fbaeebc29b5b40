using System.Diagnostics;

namespace DataApps.Deployment.Tests;

/// <summary>The repository the tests run in, and a way to run a command in it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Whether <paramref name="program"/> is on the PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>Skips the test (fails it under CI=true) when <paramref name="program"/> is missing.</summary>
    public static void Require(string program, string install)
    {
        if (!OnPath(program))
        {
            var reason = $"{program} is not installed ({install}); tests/run.sh installs it.";
            Assert.False(IsCi, reason);
            Assert.Skip(reason);
        }
    }

    /// <summary>Runs a command and returns its exit code and output (stdout then stderr); fails after <paramref name="timeout"/>.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} took more than {timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataApps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (DataApps.sln) was not found above " + AppContext.BaseDirectory);
    }
}
