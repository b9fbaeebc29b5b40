namespace DataApps;

/// <summary>A service's health in one line: a coloured dot, the name and a summary (<c>ui.ServiceStatus</c>).</summary>
/// <param name="Name">The service's name as the page shows it.</param>
/// <param name="State">Up, degraded or down; decides the dot's colour.</param>
/// <param name="Summary">"up · 12 ms", "degraded · 1.8 s (slow)", "down · connection refused" (<see cref="ServiceHealth.ToString"/>).</param>
public sealed record ServiceStatusElement(string Name, ServiceState State, string Summary) : Element;
