using Microsoft.Extensions.Options;
using ModelServer.Prediction;

namespace ModelServer.Tests;

/// <summary>The model source on its own: the real FastTree model trained on a small sample into a temporary folder.</summary>
public sealed class FlightModelSourceTests : IDisposable
{
    private const int TrainingRows = 2000;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("modelserver-models-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void ASecondStartLoadsTheCachedModelWithTheSameVersionAndTrainingShares()
    {
        var options = Options.Create(new ModelServerOptions { ModelFolder = folder.FullName, TrainingRows = TrainingRows });

        var first = new FlightModelSource(options).Load(TestContext.Current.CancellationToken);
        var written = File.GetLastWriteTimeUtc(Directory.GetFiles(folder.FullName, "*.zip").Single());
        var second = new FlightModelSource(options).Load(TestContext.Current.CancellationToken);

        Assert.Equal(first.Predictor.Version, second.Predictor.Version);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Directory.GetFiles(folder.FullName, "*.zip").Single()));
        Assert.Equal(TrainingRows, second.TrainingInputs.Count);
        Assert.Equal(first.TrainingInputs, second.TrainingInputs);
        var input = new PredictionInput(new DateTime(2001, 3, 1, 17, 30, 0), 950, "ORD", "LAX");
        Assert.Equal(first.Predictor.Predict(input), second.Predictor.Predict(input));
    }

    [Fact]
    public void TrainingRowsSamplesEveryNthFlightOfTheTrainingSplit()
    {
        var all = FlightModelSource.TrainingFlights(new ModelServerOptions());
        var sample = FlightModelSource.TrainingFlights(new ModelServerOptions { TrainingRows = 100 });

        Assert.Equal(15_000, all.Count);
        Assert.Equal(100, sample.Count);
        Assert.Equal(all[0], sample[0]);
        Assert.Equal(all[150], sample[1]);
        Assert.Equal(3, sample.Select(f => f.Departure.Month).Distinct().Count()); // January to March, not only January
    }
}
