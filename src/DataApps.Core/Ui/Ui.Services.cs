namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// Shows a service's health in one line: a green, amber or red dot, the name, and "up · 12 ms",
    /// "degraded · 1.8 s (slow)" or "down · connection refused". Measure the health with <c>ServiceProbe</c> (DataApps
    /// hosting), which checks a health URL and caches the answer for a few seconds, or build it yourself.
    /// </summary>
    /// <param name="name">The service's name as the page shows it.</param>
    /// <param name="health">The measured health.</param>
    /// <returns>The health, so a page can branch on it.</returns>
    /// <example><c>if (ui.ServiceStatus("sentiment", await probe.CheckAsync("sentiment", ct)).State == ServiceState.Down) ui.Stop();</c></example>
    public ServiceHealth ServiceStatus(string name, ServiceHealth health)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(health);
        Add(new ServiceStatusElement(name, health.State, health.ToString()));
        return health;
    }
}
