using FlightDelays;

namespace ModelCompare.Tests.Flights;

public sealed class FlightDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("flightdata-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadReadsTheTwentyThousandRealFlightsBesideTheAssembly()
    {
        var flights = FlightData.Load();

        Assert.Equal(20_000, flights.Count);
        Assert.Equal(new Flight(new DateTime(2001, 1, 1, 0, 47, 0), 66, 1750, "DTW", "LAS"), flights[0]);
        Assert.InRange(flights.Count(f => f.IsDelayed) / (double)flights.Count, 0.21, 0.225);
    }

    [Fact]
    public void IsDelayedMeansMoreThanFifteenMinutesLate()
    {
        Assert.False(new Flight(default, 15, 100, "A", "B").IsDelayed);
        Assert.True(new Flight(default, 16, 100, "A", "B").IsDelayed);
    }

    [Fact]
    public void BadDelayNamesTheFileLineAndColumn()
    {
        var path = Write("date,delay,distance,origin,destination\n2001-01-01 00:47,66,1750,DTW,LAS\n2001-01-01 01:10,late,2399,HNL,SFO\n");

        var e = Assert.Throws<FormatException>(() => FlightData.Load(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3, column 2 (delay)", e.Message, StringComparison.Ordinal);
        Assert.Contains("'late'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDateAndMissingColumnsAreNamed()
    {
        var badDate = Write("date,delay,distance,origin,destination\nyesterday,1,2,A,B\n");
        var shortRow = Write("date,delay,distance,origin,destination\n2001-01-01 00:47,66,1750,DTW\n");

        Assert.Contains("line 2, column 1 (date)", Assert.Throws<FormatException>(() => FlightData.Load(badDate)).Message, StringComparison.Ordinal);
        Assert.Contains("line 2: expected 5 columns", Assert.Throws<FormatException>(() => FlightData.Load(shortRow)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongHeaderIsReportedOnLineOne()
    {
        var path = Write("when,late,miles,from,to\n");

        var e = Assert.Throws<FormatException>(() => FlightData.Load(path));

        Assert.Contains("line 1: expected the header 'date,delay,distance,origin,destination'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileSaysWhichFile()
    {
        var path = Path.Combine(_folder, "nope.csv");

        var e = Assert.Throws<FileNotFoundException>(() => FlightData.Load(path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitIsTheSameForTheSameSeedAndDifferentForAnother()
    {
        var flights = FlightData.Load();

        var (train1, test1) = FlightData.Split(flights, 0.25, seed: 1);
        var (train2, test2) = FlightData.Split(flights, 0.25, seed: 1);
        var (_, test3) = FlightData.Split(flights, 0.25, seed: 2);

        Assert.Equal(5000, test1.Count);
        Assert.Equal(15_000, train1.Count);
        Assert.Equal(test1, test2);
        Assert.Equal(train1, train2);
        Assert.NotEqual(test1, test3);
        Assert.Empty(test1.Intersect(train1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    public void SplitRefusesATestFractionOutsideZeroToOne(double fraction)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FlightData.Split(FlightData.Load(), fraction));

        Assert.Contains("greater than 0 and less than 1", e.Message, StringComparison.Ordinal);
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        return path;
    }
}
