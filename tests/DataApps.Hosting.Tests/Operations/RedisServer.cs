using System.Diagnostics;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>Debian's redis-server on a free loopback port for one test, without persistence.</summary>
internal sealed class RedisServer : IDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private readonly Process _process;
    private readonly int _port;

    private RedisServer(Process process, int port)
    {
        _process = process;
        _port = port;
        Connection = $"127.0.0.1:{port}";
    }

    /// <summary>The connection string, <c>127.0.0.1:PORT</c>.</summary>
    public string Connection { get; }

    /// <summary>Starts the server on a free port; skips the test when redis-server is missing (fails it under CI=true).</summary>
    public static RedisServer Start() => Start(DevIdentity.FreePort());

    /// <summary>Starts the server on <paramref name="port"/> (one an app was told about before Redis ran, say).</summary>
    public static RedisServer Start(int port)
    {
        if (!File.Exists(Binary))
        {
            const string reason = "redis-server is not installed (apt-get install redis-server; tests/run.sh does).";
            Assert.False(DevIdentity.IsCi, reason);
            Assert.Skip(reason);
        }

        var process = Process.Start(new ProcessStartInfo(Binary, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var server = new RedisServer(process, port);
        server.WaitUntilListening();
        return server;
    }

    /// <summary>Waits (at most 10 s) until the server accepts connections, so an app started next finds it up.</summary>
    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {_port} exited with code {_process.ExitCode} before it listened.");
            }

            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                probe.Connect(System.Net.IPAddress.Loopback, _port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new TimeoutException($"redis-server on port {_port} did not accept connections within 10 s.");
    }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
