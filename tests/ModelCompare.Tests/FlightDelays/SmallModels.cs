using FlightDelays;

namespace ModelCompare.Tests.Flights;

/// Models trained once per test class on a sample of the real flights (4,000 training rows keeps training around a second).
public sealed class SmallModels
{
    public SmallModels()
    {
        var (train, test) = FlightData.Split(FlightData.Load(), testFraction: 0.25, seed: 1);
        Train = train.Take(4000).ToArray();
        Test = test.Take(2000).ToArray();
        LogisticRegression = DelayModel.Train(ModelKind.LogisticRegression, Train);
        FastTree = DelayModel.Train(ModelKind.FastTree, Train);
    }

    public IReadOnlyList<Flight> Train { get; }

    public IReadOnlyList<Flight> Test { get; }

    public DelayModel LogisticRegression { get; }

    public DelayModel FastTree { get; }

    /// The area under the ROC curve by ranks (Mann–Whitney), ties counted half.
    public static double Auc(float[] scores, IReadOnlyList<Flight> flights)
    {
        var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                if (flights[order[k]].IsDelayed)
                {
                    rankSum += rank;
                }
            }

            i = j + 1;
        }

        double positives = flights.Count(f => f.IsDelayed);
        var negatives = flights.Count - positives;
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }
}
