using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataApps.Auth;

/// <summary>Readiness: the identity provider's OpenID Connect metadata can be fetched (sign-in would fail otherwise).</summary>
internal sealed class IdentityProviderReadiness(IHttpClientFactory clients, string metadataAddress, TimeSpan timeout) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            using var client = clients.CreateClient(nameof(IdentityProviderReadiness));
            using var response = await client.GetAsync(metadataAddress, cancel.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancel.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode && body.Contains("\"issuer\"", StringComparison.Ordinal)
                ? HealthCheckResult.Healthy($"The identity provider's metadata at {metadataAddress} answers.")
                : HealthCheckResult.Unhealthy($"The identity provider's metadata at {metadataAddress} answered {(int)response.StatusCode} without an issuer.");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The identity provider's metadata at {metadataAddress} does not answer: {e.Message}");
        }
    }
}
