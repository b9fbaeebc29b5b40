namespace FlightDelays;

/// <summary>One scheduled flight: when it left, how late it arrived (minutes), how far it flew and between which airports.</summary>
/// <example><code>var f = new Flight(new DateTime(2001, 1, 1, 7, 30, 0), Delay: 22, Distance: 1750, "DTW", "LAS"); // f.IsDelayed == true</code></example>
/// <param name="Departure">The scheduled departure (local time of the origin airport).</param>
/// <param name="Delay">Arrival delay in minutes (negative when early).</param>
/// <param name="Distance">Distance flown in miles.</param>
/// <param name="Origin">IATA code of the origin airport.</param>
/// <param name="Destination">IATA code of the destination airport.</param>
public sealed record Flight(DateTime Departure, int Delay, int Distance, string Origin, string Destination)
{
    /// <summary>Whether the flight arrived more than 15 minutes late (the usual definition of a delayed flight).</summary>
    /// <example><code>double share = flights.Count(f => f.IsDelayed) / (double)flights.Count;</code></example>
    public bool IsDelayed => Delay > 15;
}
