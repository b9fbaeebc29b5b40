using System.Diagnostics;

namespace DataApps.BrowserTests.Packaging;

/// <summary>A command that ran to its end: what it printed (stdout and stderr, in order) and how it ended.</summary>
internal sealed record CommandResult(string Command, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The last lines of the output, for a failure message.</summary>
    public string Tail(int lines = 60) => CommandOutput.Tail(Output, lines);
}

/// <summary>
/// Runs <c>dotnet</c> for the packaging tests as a user would in a shell, with three differences that keep the machine
/// clean: the environment of the test runner is left out (its MSBuild and test-platform variables), no process outlives
/// the test (no MSBuild node reuse, no shared compiler server; a command past its time is killed with its children), and
/// every wait is bounded.
/// </summary>
internal sealed class Commands(IReadOnlyDictionary<string, string> variables)
{
    // Variables a `dotnet test` run gives its test processes; a dotnet started from a test must not inherit them.
    private static readonly string[] InheritedPrefixes = ["MSBUILD", "MSBuild", "TESTINGPLATFORM_", "VSTEST_", "DOTNET_TEST", "ASPNETCORE_"];

    /// <summary>The environment variables every command gets (besides the machine's).</summary>
    public IReadOnlyDictionary<string, string> Variables => variables;

    /// <summary>The same commands with one more environment variable.</summary>
    public Commands With(string name, string value) => new(new Dictionary<string, string>(variables) { [name] = value });

    /// <summary>Runs <c>dotnet</c> and fails the test, with the end of its output, unless it exits with 0.</summary>
    public async Task<CommandResult> DotNetAsync(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var result = await RunAsync(workingDirectory, timeout, "dotnet", args);
        Assert.True(
            result.ExitCode == 0,
            $"`{result.Command}` in {workingDirectory} exited with {result.ExitCode} after {result.Elapsed.TotalSeconds:0} s. Its output ends with:\n{result.Tail()}");
        return result;
    }

    /// <summary>Runs a program to its end; kills it and its children after <paramref name="timeout"/> or when the test is cancelled.</summary>
    public async Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeout, string program, IReadOnlyList<string> args)
    {
        var clock = Stopwatch.StartNew();
        var output = new CommandOutput();
        using var process = Start(workingDirectory, program, args, output);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw new TimeoutException(
                $"`{Describe(program, args)}` in {workingDirectory} did not end within {timeout.TotalSeconds:0} s and was killed. Its output ends with:\n{output.Tail(60)}");
        }

        process.WaitForExit(); // the redirected output is complete only after this overload returns
        return new CommandResult(Describe(program, args), workingDirectory, process.ExitCode, output.Text, clock.Elapsed);
    }

    /// <summary>Starts a program that keeps running (an app), its output collected into <paramref name="output"/>.</summary>
    public Process Start(string workingDirectory, string program, IReadOnlyList<string> args, CommandOutput output)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // nothing to read: a tool that asks a question gets end of input
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Kills a process and everything it started, if it still runs.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it has already exited
        }
    }

    /// <summary>The variables every command gets: no MSBuild node or compiler server stays behind, no telemetry or banners.</summary>
    public static Dictionary<string, string> CleanVariables() => new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false", // MSBuild reads it as a property: csc runs in the build, no VBCSCompiler server
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true",
        ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
    };

    private static string Describe(string program, IEnumerable<string> args) =>
        string.Join(' ', args.Prepend(program).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
}

/// <summary>The lines a process printed so far, safe to read while it runs.</summary>
internal sealed class CommandOutput
{
    private readonly List<string> _lines = [];

    public string Text
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    public void Add(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    public string Tail(int lines) => Tail(Text, lines);

    public static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}
