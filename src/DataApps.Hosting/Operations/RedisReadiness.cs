using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataApps.Hosting.Operations;

/// <summary>Readiness: the Redis server answers PING.</summary>
/// <remarks>A plain RESP exchange over TCP (no client library): connect, AUTH if a password is given, PING, expect PONG.</remarks>
internal sealed class RedisReadiness(string connection, TimeSpan timeout) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var parts = connection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var endpoint = parts.FirstOrDefault(p => !p.Contains('=', StringComparison.Ordinal)) ?? "localhost:6379";
        var password = parts.Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Equals("password", StringComparison.OrdinalIgnoreCase))?[1];
        var colon = endpoint.LastIndexOf(':');
        var host = colon > 0 ? endpoint[..colon] : endpoint;
        var port = colon > 0 && int.TryParse(endpoint[(colon + 1)..], out var p) ? p : 6379;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancel.Token).ConfigureAwait(false);
            await using var stream = client.GetStream();
            if (password is not null && !(await SendAsync(stream, cancel.Token, "AUTH", password)).StartsWith('+'))
            {
                return HealthCheckResult.Unhealthy($"Redis at {host}:{port} refused the password.");
            }

            var reply = await SendAsync(stream, cancel.Token, "PING").ConfigureAwait(false);
            return reply.StartsWith("+PONG", StringComparison.Ordinal)
                ? HealthCheckResult.Healthy($"Redis at {host}:{port} answers.")
                : HealthCheckResult.Unhealthy($"Redis at {host}:{port} answered '{reply.Trim()}' to PING.");
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {host}:{port} does not answer: {e.Message}");
        }
    }

    private static async Task<string> SendAsync(NetworkStream stream, CancellationToken ct, params string[] command)
    {
        var request = new StringBuilder().Append('*').Append(command.Length).Append("\r\n");
        foreach (var part in command)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(part)).Append("\r\n").Append(part).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), ct).ConfigureAwait(false);
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer, ct).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
