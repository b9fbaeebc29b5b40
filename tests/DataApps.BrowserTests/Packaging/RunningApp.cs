using System.Diagnostics;
using DataApps.Tests.Shared;

namespace DataApps.BrowserTests.Packaging;

/// <summary>An app started with <c>dotnet run</c> on a free port of 127.0.0.1; disposing it kills it with its children.</summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CommandOutput _output;

    private RunningApp(Process process, CommandOutput output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    /// <summary>Where the app answers: http://127.0.0.1:PORT/.</summary>
    public Uri Address { get; }

    /// <summary>The end of what the app printed, for a failure message.</summary>
    public string OutputTail(int lines = 60) => _output.Tail(lines);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="args"/> followed by <c>--urls http://127.0.0.1:PORT</c>, and waits until the
    /// app answers its home page; fails with the app's output when it exits first or does not answer within
    /// <paramref name="timeout"/> (which includes the build when <c>dotnet run</c> builds).
    /// </summary>
    public static async Task<RunningApp> StartAsync(Commands commands, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var address = new Uri($"http://127.0.0.1:{DevIdentity.FreePort()}/");
        var output = new CommandOutput();
        var process = commands.Start(workingDirectory, "dotnet", [.. args, "--urls", address.ToString().TrimEnd('/')], output);
        var app = new RunningApp(process, output, address);
        try
        {
            await app.WaitUntilAnsweringAsync(timeout);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Commands.Kill(_process);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            // killed; the kernel reaps it
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        var cancel = TestContext.Current.CancellationToken;
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The app exited with {_process.ExitCode} before it answered {Address}. Its output ends with:\n{OutputTail()}");
            }

            try
            {
                using var response = await http.GetAsync(Address, cancel);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
            {
                // a first request that outlasted the client's timeout
            }

            await Task.Delay(500, cancel);
        }

        Assert.Fail($"The app did not answer {Address} within {timeout.TotalSeconds:0} s. Its output ends with:\n{OutputTail()}");
    }

}
