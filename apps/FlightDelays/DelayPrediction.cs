namespace FlightDelays;

/// <summary>A model's answer for one flight: the predicted class (at probability 0.5) and the probability of a delay.</summary>
/// <example><code>DelayPrediction p = model.Predict(departure, 1750, "DTW", "LAS"); // p.Probability == 0.31f</code></example>
/// <param name="Delayed">Whether the model predicts a delay of more than 15 minutes (probability ≥ 0.5).</param>
/// <param name="Probability">The model's probability of a delay, between 0 and 1.</param>
public sealed record DelayPrediction(bool Delayed, float Probability);
