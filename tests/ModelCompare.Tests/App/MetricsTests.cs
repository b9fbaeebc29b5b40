using Microsoft.ML;
using Microsoft.ML.Data;
using ModelCompare.Models;

namespace ModelCompare.Tests.App;

/// The page computes its metrics itself from Score() and the labels; these tests hold them against ML.NET's own evaluator.
public sealed class MetricsTests(ModelFolder folder) : IClassFixture<ModelFolder>
{
    private sealed class Scored
    {
        public bool Label { get; set; }

        public float Score { get; set; }

        public float Probability { get; set; }

        public bool PredictedLabel { get; set; }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.3)]
    [InlineData(0.17)]
    public void MetricsAtAThresholdEqualMlNetsBinaryClassificationMetrics(double threshold)
    {
        var model = ModelsPageTests.Evaluated(folder, FlightDelays.ModelKind.FastTree);
        Assert.DoesNotContain(model.Scores, s => s == (float)threshold); // ML.NET predicts "delayed" for score > 0; the page for p ≥ t

        // ML.NET thresholds the raw score at 0: a score of p − t predicts as the page does at threshold t, and ranks as p.
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(model.Scores.Select((p, i) => new Scored
        {
            Label = model.Labels[i],
            Score = (float)(p - threshold),
            Probability = p,
            PredictedLabel = p >= threshold,
        }));
        var expected = ml.BinaryClassification.Evaluate(data);

        var c = Confusion.At(model.Scores, model.Labels, threshold);
        Assert.Equal(expected.Accuracy, c.Accuracy, 9);
        Assert.Equal(expected.PositivePrecision, c.Precision, 9);
        Assert.Equal(expected.PositiveRecall, c.Recall, 9);
        Assert.Equal(expected.F1Score, c.F1, 9);
        Assert.Equal(expected.AreaUnderRocCurve, Scoring.Auc(model.Scores, model.Labels), 6);
        Assert.Equal(expected.LogLoss, Scoring.LogLoss(model.Scores, model.Labels), 4);
        Assert.Equal(expected.ConfusionMatrix.Counts[0][0], c.TruePositives);
        Assert.Equal(expected.ConfusionMatrix.Counts[1][1], c.TrueNegatives);
    }

    [Fact]
    public void CurveStartsWhereEveryFlightIsPredictedDelayedAndEndsWhereNoneIs()
    {
        float[] scores = [0.1f, 0.4f, 0.35f, 0.8f];
        bool[] labels = [false, true, false, true];

        var curve = Scoring.Curve(scores, labels, steps: 10);

        Assert.Equal(11, curve.Count);
        Assert.Equal((1.0, 1.0), (curve[0].FalsePositiveRate, curve[0].Recall));
        Assert.Equal((0.0, 0.0), (curve[^1].FalsePositiveRate, curve[^1].Recall));
        var atFour = curve[4]; // threshold 0.4: 0.4 and 0.8 predicted delayed, both delayed
        Assert.Equal((0.0, 1.0, 1.0), (atFour.FalsePositiveRate, atFour.Recall, atFour.Precision));
        Assert.Equal(Confusion.At(scores, labels, 0.4).Recall, atFour.Recall);
    }

    [Fact]
    public void AucCountsTiesAsHalf()
    {
        Assert.Equal(0.5, Scoring.Auc([0.5f, 0.5f], [true, false]));
        Assert.Equal(1.0, Scoring.Auc([0.2f, 0.9f], [false, true]));
        Assert.True(double.IsNaN(Scoring.Auc([0.2f], [true])));
    }

    [Fact]
    public void PrecisionIsZeroWhenNothingIsPredictedDelayed()
    {
        var c = Confusion.At([0.1f, 0.2f], [true, false], 0.5);

        Assert.Equal(0, c.Precision);
        Assert.Equal(0, c.F1);
        Assert.Equal(0.5, c.Accuracy);
    }
}
