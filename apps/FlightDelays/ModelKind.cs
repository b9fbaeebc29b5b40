namespace FlightDelays;

/// <summary>The ML.NET trainers a <see cref="DelayModel"/> can be made with.</summary>
/// <example><code>var model = DelayModel.Train(ModelKind.FastTree, train);</code></example>
public enum ModelKind
{
    /// <summary>L-BFGS logistic regression on normalized numbers and one-hot airports, hour and weekday.</summary>
    LogisticRegression,

    /// <summary>Gradient-boosted decision trees (ML.NET FastTree), calibrated to probabilities.</summary>
    FastTree,

    /// <summary>Gradient-boosted decision trees (LightGBM through ML.NET).</summary>
    LightGbm,
}
