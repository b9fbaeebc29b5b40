using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataApps.Hosting.Operations;

/// <summary>Readiness: the shared Redis connection is up and the server answers PING; otherwise the app is Degraded (it serves pages with local keys).</summary>
internal sealed class RedisReadiness(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        const string meanwhile = "this replica keeps data-protection keys and sign-outs locally until it does";
        if (redis.Database is not { } database)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis at {redis.Endpoint} does not answer: {meanwhile}.");
        }

        try
        {
            var latency = await database.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis at {redis.Endpoint} answers ({latency.TotalMilliseconds:0.0} ms).");
        }
        catch (StackExchange.Redis.RedisException e)
        {
            redis.Failed(e);
            return new HealthCheckResult(context.Registration.FailureStatus, $"Redis at {redis.Endpoint} does not answer ({e.Message}): {meanwhile}.");
        }
    }
}
