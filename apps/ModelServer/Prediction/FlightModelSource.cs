using Microsoft.Extensions.Options;

namespace ModelServer.Prediction;

/// <summary>The FastTree flight-delay model from apps/FlightDelays (placeholder until the library is referenced).</summary>
internal sealed class FlightModelSource(IOptions<ModelServerOptions> options) : IModelSource
{
    public string Describe() => $"FastTree model cached in {options.Value.ResolvedModelFolder}";

    public LoadedModel Load(CancellationToken cancellationToken) => throw new NotSupportedException("The FlightDelays library is not referenced yet.");

    public static IReadOnlyList<PredictionInput> SampleInputs(string? dataPath) => throw new NotSupportedException("The FlightDelays library is not referenced yet.");
}
