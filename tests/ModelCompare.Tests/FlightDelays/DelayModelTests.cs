using FlightDelays;

namespace ModelCompare.Tests.Flights;

public sealed class DelayModelTests(SmallModels models) : IClassFixture<SmallModels>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("delaymodel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void BothKindsRankDelayedFlightsAboveOnTimeOnesOnHeldOutFlights()
    {
        var lr = SmallModels.Auc(models.LogisticRegression.Score(models.Test), models.Test);
        var tree = SmallModels.Auc(models.FastTree.Score(models.Test), models.Test);

        Assert.InRange(lr, 0.55, 1.0);
        Assert.InRange(tree, 0.55, 1.0);
    }

    [Fact]
    public void LightGbmTrainsThroughItsNativeLibraryAndRanksBetterThanChance()
    {
        var model = DelayModel.Train(ModelKind.LightGbm, models.Train.Take(2000).ToArray());

        Assert.StartsWith("lightgbm-", model.Version, StringComparison.Ordinal);
        Assert.InRange(SmallModels.Auc(model.Score(models.Test), models.Test), 0.55, 1.0);
    }

    [Fact]
    public void ScoresAreProbabilitiesOnePerFlight()
    {
        var scores = models.FastTree.Score(models.Test);

        Assert.Equal(models.Test.Count, scores.Length);
        Assert.All(scores, p => Assert.InRange(p, 0f, 1f));
        Assert.True(scores.Distinct().Count() > 10, "a model that gives every flight the same score learned nothing");
    }

    [Fact]
    public void PredictAgreesWithScore()
    {
        var f = models.Test[7];

        var one = models.LogisticRegression.Predict(f.Departure, f.Distance, f.Origin, f.Destination);
        var batch = models.LogisticRegression.Score([f])[0];

        Assert.Equal(batch, one.Probability, 5);
        Assert.Equal(one.Probability >= 0.5f, one.Delayed);
    }

    [Fact]
    public void PredictFromManyThreadsAtOnceGivesTheSingleThreadedAnswers()
    {
        var flights = models.Test.Take(400).ToArray();
        var expected = models.FastTree.Score(flights);
        var actual = new float[flights.Length];

        Parallel.For(0, flights.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = models.FastTree.Predict(flights[i].Departure, flights[i].Distance, flights[i].Origin, flights[i].Destination).Probability);

        for (var i = 0; i < flights.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 5);
        }
    }

    [Fact]
    public void AnAirportTheModelNeverSawStillGetsAProbability()
    {
        var p = models.FastTree.Predict(new DateTime(2001, 2, 3, 18, 0, 0), 500, "ZZZ", "YYY");

        Assert.InRange(p.Probability, 0f, 1f);
    }

    [Fact]
    public void SaveAndLoadGiveIdenticalScoresKindAndVersion()
    {
        foreach (var model in new[] { models.LogisticRegression, models.FastTree })
        {
            var path = Path.Combine(_folder, model.Kind + ".zip");
            model.Save(path);

            var loaded = DelayModel.Load(path);

            Assert.Equal(model.Kind, loaded.Kind);
            Assert.Equal(model.Version, loaded.Version);
            Assert.Equal(model.Score(models.Test), loaded.Score(models.Test));
        }
    }

    [Fact]
    public void VersionNamesTheKindAndChangesWithTheData()
    {
        Assert.StartsWith("fasttree-", models.FastTree.Version, StringComparison.Ordinal);
        Assert.StartsWith("logisticregression-", models.LogisticRegression.Version, StringComparison.Ordinal);
        Assert.Equal(models.FastTree.Version, DelayModel.VersionOf(ModelKind.FastTree, models.Train));
        Assert.NotEqual(models.FastTree.Version, DelayModel.VersionOf(ModelKind.FastTree, models.Train.Skip(1).ToArray()));
    }

    [Fact]
    public void LoadingAFileThatIsNotAModelSaysSo()
    {
        var path = Path.Combine(_folder, "junk.zip");
        File.WriteAllText(path, "not a zip");

        var e = Assert.Throws<InvalidDataException>(() => DelayModel.Load(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingOnOneClassOnlyIsRefusedWithTheCounts()
    {
        var onTime = models.Train.Where(f => !f.IsDelayed).Take(50).ToArray();

        var e = Assert.Throws<ArgumentException>(() => DelayModel.Train(ModelKind.FastTree, onTime));

        Assert.Contains("50 flights of which 0 delayed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadOrTrainSavesOnceAndThenLoadsTheSavedFile()
    {
        var sample = models.Train.Take(1500).ToArray();

        var first = DelayModel.LoadOrTrain(ModelKind.LogisticRegression, _folder, sample);
        var file = Assert.Single(Directory.GetFiles(_folder, "*.zip"));
        var written = File.GetLastWriteTimeUtc(file);
        var second = DelayModel.LoadOrTrain(ModelKind.LogisticRegression, _folder, sample);

        Assert.Equal(Path.Combine(_folder, first.Version + ".zip"), file);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.Score(models.Test), second.Score(models.Test));
    }

    [Fact]
    public void LoadOrTrainReplacesADamagedCacheFile()
    {
        var sample = models.Train.Take(1500).ToArray();
        var path = Path.Combine(_folder, DelayModel.VersionOf(ModelKind.LogisticRegression, sample) + ".zip");
        File.WriteAllText(path, "damaged");

        var model = DelayModel.LoadOrTrain(ModelKind.LogisticRegression, _folder, sample);

        Assert.Equal(model.Score(models.Test), DelayModel.Load(path).Score(models.Test));
    }

    [Fact]
    public void LoadOrTrainFromTwoThreadsAtOnceTrainsOneFile()
    {
        var sample = models.Train.Take(1500).ToArray();

        var results = new DelayModel[2];
        Parallel.For(0, 2, i => results[i] = DelayModel.LoadOrTrain(ModelKind.FastTree, _folder, sample));

        Assert.Equal(results[0].Version, results[1].Version);
        Assert.Single(Directory.GetFiles(_folder, "*.zip"));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }
}
