using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace DataApps.Benchmarks.Hosting;

/// <summary>
/// A bench server in a child process (this same program with <c>serve</c>), on 127.0.0.1 and a free
/// port. Disposing it stops the child.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private ServerProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string BaseUrl { get; }

    public int Pid => _process.Id;

    /// <summary>Starts a server and waits until it listens.</summary>
    /// <param name="app">The app to host.</param>
    /// <param name="gcServer">Sets <c>DOTNET_gcServer</c>; <c>null</c> keeps the project's default (server GC for a Web SDK app).</param>
    /// <param name="standIns">Register stand-in renderers for widgets that have none (see <c>StandInRenderers</c>).</param>
    /// <param name="criticalCss">Sets <c>DataAppsOptions.CriticalCss</c> (the DataApps app only).</param>
    public static async Task<ServerProcess> StartAsync(AppKind app, bool? gcServer = null, bool standIns = false, bool criticalCss = true)
    {
        var port = FreePort();
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this program's path.");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };

        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        foreach (var arg in new[] { "serve", "--app", app.ToString().ToLowerInvariant(), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--parent", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        if (standIns)
        {
            start.ArgumentList.Add("--stand-ins");
        }

        if (!criticalCss)
        {
            start.ArgumentList.Add("--no-critical-css");
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        if (gcServer is { } useServerGc)
        {
            start.Environment["DOTNET_gcServer"] = useServerGc ? "1" : "0";
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bench server.");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == BenchServer.ReadyLine)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"The bench server exited: {errors}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, $"http://127.0.0.1:{port}");
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return server;
    }

    /// <summary>Forces a full GC in the server and reads its memory.</summary>
    public async Task<MemorySnapshot> MemoryAsync() =>
        await _http.GetFromJsonAsync<MemorySnapshot>("/_bench/memory").ConfigureAwait(false)
        ?? throw new InvalidOperationException("No memory snapshot.");

    /// <summary>Which renderers the app has for the widgets of the mix.</summary>
    public Task<string> RenderersAsync() => _http.GetStringAsync("/_bench/renderers");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
