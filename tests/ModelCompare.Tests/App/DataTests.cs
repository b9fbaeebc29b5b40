using FlightDelays;
using ModelCompare.Data;

namespace ModelCompare.Tests.App;

public sealed class DataTests
{
    private static readonly FlightTable Real = FlightTable.From("real", FlightData.Load());

    [Fact]
    public void LargeVariantKeepsTheAirportsAndTheDelayedShareOfTheRealFlights()
    {
        var large = LargeVariant.Generate(Real, 50_000);

        Assert.Equal(50_000, large.Count);
        Assert.Same(Real.Airports, large.Airports);
        var realShare = Real.Delay.Count(d => d > 15) / (double)Real.Count;
        var largeShare = large.Delay.Count(d => d > 15) / (double)large.Count;
        Assert.InRange(largeShare, realShare - 0.02, realShare + 0.02);
        Assert.True(large.Departure.Zip(large.Departure.Skip(1)).All(p => p.First <= p.Second), "rows are in time order");
        Assert.All(large.Departure, d => Assert.InRange(d.Month, 1, 3));
    }

    [Fact]
    public void LargeVariantIsTheSameForTheSameSeed()
    {
        var a = LargeVariant.Generate(Real, 1000, seed: 3);
        var b = LargeVariant.Generate(Real, 1000, seed: 3);
        var c = LargeVariant.Generate(Real, 1000, seed: 4);

        Assert.Equal(a.Delay, b.Delay);
        Assert.Equal(a.Departure, b.Departure);
        Assert.NotEqual(a.Delay, c.Delay);
    }

    [Fact]
    public void EmptyFiltersKeepEveryRow()
    {
        var all = new FlightFilter([], [], [], 0, 5000, 0, 23).Apply(Real);

        Assert.Equal(Real.Count, all.Length);
    }

    [Fact]
    public void DescribeOnArraysEqualsDataAppsDescribe()
    {
        var delays = Real.Delay.Take(5000).Select(d => (double)d).ToArray();
        var distances = Real.Distance.Take(5000).Select(d => (double)d).ToArray();
        var frame = new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<double>("delay", delays),
            new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<double>("distance", distances));

        var expected = DataApps.DataFrameDescribe.Describe(frame);
        var actual = Statistics.Describe([("delay", delays), ("distance", distances)]);

        Assert.Equal(expected.Columns.Select(c => c.Name), actual.Columns.Select(c => c.Name));
        for (var row = 0; row < expected.Rows.Count; row++)
        {
            Assert.Equal(expected.Columns[0][row], actual.Columns[0][row]);
            for (var column = 1; column < expected.Columns.Count; column++)
            {
                Assert.Equal(Convert.ToDouble(expected.Columns[column][row], System.Globalization.CultureInfo.InvariantCulture), (double)actual.Columns[column][row]!, 9);
            }
        }
    }

    [Fact]
    public void PearsonOfALineIsOneAndOfItsMirrorMinusOne()
    {
        Assert.Equal(1.0, EdaView.Pearson([1, 2, 3], [2, 4, 6]), 12);
        Assert.Equal(-1.0, EdaView.Pearson([1, 2, 3], [3, 2, 1]), 12);
        Assert.True(double.IsNaN(EdaView.Pearson([1, 1, 1], [1, 2, 3])));
    }
}
