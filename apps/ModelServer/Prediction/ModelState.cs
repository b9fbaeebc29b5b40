namespace ModelServer.Prediction;

/// <summary>
/// The model as the endpoints see it: loading, ready or failed. Written once by <see cref="ModelLoader"/>, read by every request.
/// </summary>
internal sealed class ModelState
{
    private volatile Snapshot current = new(null, null);

    public IDelayPredictor? Predictor => current.Predictor;

    /// <summary>Why the model could not be loaded; null while loading or when ready.</summary>
    public string? Failure => current.Failure;

    public bool IsReady => current.Predictor is not null;

    public void SetReady(IDelayPredictor predictor) => current = new(predictor, null);

    public void SetFailed(string reason) => current = new(null, reason);

    private sealed record Snapshot(IDelayPredictor? Predictor, string? Failure);
}
