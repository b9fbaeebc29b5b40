using FlightDelays;

namespace ModelCompare.Models;

/// Test flights on which the models' predictions (at their thresholds) differ, the widest spread of probabilities first.
internal static class Disagreements
{
    /// The row indexes of the test flights where not all models predict the same class, ordered by spread.
    public static int[] Find(IReadOnlyList<EvaluatedModel> models, IReadOnlyList<double> thresholds)
    {
        if (models.Count < 2)
        {
            return [];
        }

        var n = models[0].Scores.Length;
        var found = new List<(int Row, float Spread)>();
        for (var i = 0; i < n; i++)
        {
            bool any = false, all = true;
            float min = 1, max = 0;
            for (var m = 0; m < models.Count; m++)
            {
                var p = models[m].Scores[i];
                var delayed = p >= thresholds[m];
                any |= delayed;
                all &= delayed;
                min = Math.Min(min, p);
                max = Math.Max(max, p);
            }

            if (any && !all)
            {
                found.Add((i, max - min));
            }
        }

        return found.OrderByDescending(f => f.Spread).ThenBy(f => f.Row).Select(f => f.Row).ToArray();
    }

    /// The table shown for those flights: the flight, what happened, and each model's probability and prediction.
    public static Microsoft.Data.Analysis.DataFrame Frame(IReadOnlyList<Flight> test, IReadOnlyList<EvaluatedModel> models, IReadOnlyList<double> thresholds, IReadOnlyList<int> rows)
    {
        var frame = new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<DateTime>("Departure", rows.Select(r => test[r].Departure)),
            new Microsoft.Data.Analysis.StringDataFrameColumn("Origin", rows.Select(r => test[r].Origin)),
            new Microsoft.Data.Analysis.StringDataFrameColumn("Destination", rows.Select(r => test[r].Destination)),
            new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<int>("Distance", rows.Select(r => test[r].Distance)),
            new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<int>("Delay", rows.Select(r => test[r].Delay)),
            new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<bool>("Delayed", rows.Select(r => test[r].IsDelayed)));
        for (var m = 0; m < models.Count; m++)
        {
            var model = models[m];
            var threshold = thresholds[m];
            frame.Columns.Add(new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<double>(model.Name + " p", rows.Select(r => (double)model.Scores[r])));
            frame.Columns.Add(new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<bool>(model.Name + " says delayed", rows.Select(r => model.Scores[r] >= threshold)));
        }

        return frame;
    }
}
