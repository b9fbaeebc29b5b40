using FlightDelays;

namespace ModelCompare.Data;

/// The data sets the Explore page offers.
internal enum DataSet
{
    /// The 20,000 real flights.
    Real,

    /// A million rows resampled from the real flights with jitter.
    Large,
}

/// The real flights and the large variant, made once per process (callers wrap them in ui.Cache.Resource).
internal sealed class FlightSets(ModelCompareSettings settings)
{
    private readonly Lazy<IReadOnlyList<Flight>> _flights = new(() => FlightData.Load(settings.FlightsPath));

    public IReadOnlyList<Flight> Flights => _flights.Value;

    public int LargeRows => settings.LargeRows;

    public string Label(DataSet set) => set == DataSet.Real ? $"Real flights ({Flights.Count:N0})" : $"Large variant ({settings.LargeRows:N0}, generated)";

    public FlightTable Real() => FlightTable.From("Real flights", Flights);

    public FlightTable Large(FlightTable real) => LargeVariant.Generate(real, settings.LargeRows);
}
