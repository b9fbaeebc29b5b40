namespace ModelCompare.Models;

/// One point of a ROC or precision-recall curve.
/// Precision is NaN at thresholds where no flight is predicted delayed (the chart leaves those points out).
internal sealed record CurvePoint(double Threshold, double FalsePositiveRate, double Recall, double Precision);

/// Threshold-free metrics and curves, computed from scores and labels.
internal static class Scoring
{
    /// The area under the ROC curve: the chance that a random delayed flight scores above a random on-time one (ties count half).
    public static double Auc(ReadOnlySpan<float> scores, ReadOnlySpan<bool> labels)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(keys, order);
        double rankSum = 0;
        long positives = 0;
        var start = 0;
        while (start < keys.Length)
        {
            var end = start;
            while (end + 1 < keys.Length && keys[end + 1] == keys[start])
            {
                end++;
            }

            var rank = (start + end + 2) / 2.0;
            for (var k = start; k <= end; k++)
            {
                if (labels[order[k]])
                {
                    rankSum += rank;
                    positives++;
                }
            }

            start = end + 1;
        }

        var negatives = scores.Length - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// Mean cross-entropy in bits (log base 2, as ML.NET reports it), with probabilities clipped away from 0 and 1.
    public static double LogLoss(ReadOnlySpan<float> scores, ReadOnlySpan<bool> labels)
    {
        if (scores.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var p = Math.Clamp((double)scores[i], 1e-15, 1 - 1e-15);
            sum -= labels[i] ? Math.Log2(p) : Math.Log2(1 - p);
        }

        return sum / scores.Length;
    }

    /// The curve at <paramref name="steps"/> + 1 evenly spaced thresholds from 0 to 1 (one sort, then binary searches).
    public static IReadOnlyList<CurvePoint> Curve(ReadOnlySpan<float> scores, ReadOnlySpan<bool> labels, int steps = 200)
    {
        var positives = new List<float>();
        var negatives = new List<float>();
        for (var i = 0; i < scores.Length; i++)
        {
            (labels[i] ? positives : negatives).Add(scores[i]);
        }

        positives.Sort();
        negatives.Sort();
        var points = new CurvePoint[steps + 1];
        for (var s = 0; s <= steps; s++)
        {
            var t = (double)s / steps;
            var tp = positives.Count - FirstAtLeast(positives, t);
            var fp = negatives.Count - FirstAtLeast(negatives, t);
            var recall = positives.Count == 0 ? 0 : (double)tp / positives.Count;
            var fpr = negatives.Count == 0 ? 0 : (double)fp / negatives.Count;
            var precision = tp + fp == 0 ? double.NaN : (double)tp / (tp + fp); // undefined when nothing is predicted delayed
            points[s] = new CurvePoint(t, fpr, recall, precision);
        }

        return points;
    }

    private static int FirstAtLeast(List<float> sorted, double threshold)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
