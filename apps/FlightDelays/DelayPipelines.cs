using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace FlightDelays;

/// The training pipelines per kind and the text of their options (part of a model's version: changing a number here
/// makes LoadOrTrain train anew instead of loading a stale model).
internal static class DelayPipelines
{
    private const string Numbers = "Numbers";

    public static string Options(ModelKind kind) => kind switch
    {
        ModelKind.LogisticRegression => "v1;lbfgs;l1=0.01;l2=0.1;meanvar;onehot(origin,destination,hour,day)",
        ModelKind.FastTree => "v1;fasttree;leaves=24;trees=120;minleaf=20;lr=0.15;onehot(origin,destination)",
        ModelKind.LightGbm => "v1;lightgbm;leaves=24;iterations=120;minleaf=20;lr=0.1;threads=1;onehot(origin,destination)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown model kind."),
    };

    public static IEstimator<ITransformer> For(MLContext ml, ModelKind kind)
    {
        var numbers = ml.Transforms.Concatenate(Numbers,
            nameof(FlightRow.Hour), nameof(FlightRow.DayOfWeek), nameof(FlightRow.DayOfYear), nameof(FlightRow.Month), nameof(FlightRow.Distance));
        var airports = ml.Transforms.Categorical.OneHotEncoding([
            new InputOutputColumnPair("OriginHot", nameof(FlightRow.Origin)),
            new InputOutputColumnPair("DestinationHot", nameof(FlightRow.Destination))]);

        switch (kind)
        {
            case ModelKind.LogisticRegression:
                return numbers
                    .Append(ml.Transforms.NormalizeMeanVariance(Numbers))
                    .Append(airports)
                    .Append(ml.Transforms.Categorical.OneHotEncoding([
                        new InputOutputColumnPair("HourHot", nameof(FlightRow.HourText)),
                        new InputOutputColumnPair("DayHot", nameof(FlightRow.DayText))]))
                    .Append(ml.Transforms.Concatenate("Features", Numbers, "OriginHot", "DestinationHot", "HourHot", "DayHot"))
                    .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
                        labelColumnName: nameof(FlightRow.Label), l1Regularization: 0.01f, l2Regularization: 0.1f));
            case ModelKind.FastTree:
                return numbers
                    .Append(airports)
                    .Append(ml.Transforms.Concatenate("Features", Numbers, "OriginHot", "DestinationHot"))
                    .Append(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                    {
                        LabelColumnName = nameof(FlightRow.Label),
                        NumberOfLeaves = 24,
                        NumberOfTrees = 120,
                        MinimumExampleCountPerLeaf = 20,
                        LearningRate = 0.15,
                    }));
            case ModelKind.LightGbm:
                return numbers
                    .Append(airports)
                    .Append(ml.Transforms.Concatenate("Features", Numbers, "OriginHot", "DestinationHot"))
                    .Append(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
                    {
                        LabelColumnName = nameof(FlightRow.Label),
                        NumberOfLeaves = 24,
                        NumberOfIterations = 120,
                        MinimumExampleCountPerLeaf = 20,
                        LearningRate = 0.1,
                        NumberOfThreads = 1,
                        Seed = 1,
                    }));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown model kind.");
        }
    }
}
