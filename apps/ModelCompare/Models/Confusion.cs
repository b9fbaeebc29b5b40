namespace ModelCompare.Models;

/// Counts of one model's predictions at one threshold (delayed = positive), and the metrics they give.
internal readonly record struct Confusion(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// Of the flights predicted delayed, the share that were; 0 when none is predicted delayed.
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// Of the delayed flights, the share predicted delayed (true positive rate).
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double FalsePositiveRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// A flight is predicted delayed when its score is at least the threshold.
    public static Confusion At(ReadOnlySpan<float> scores, ReadOnlySpan<bool> labels, double threshold)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var predicted = scores[i] >= threshold;
            if (predicted && labels[i]) { tp++; }
            else if (predicted) { fp++; }
            else if (labels[i]) { fn++; }
            else { tn++; }
        }

        return new Confusion(tp, fp, tn, fn);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
