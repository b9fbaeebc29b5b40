using DataApps.Charts;

namespace DataApps.Core.Tests.Charts;

public sealed class DownsamplingTests
{
    private static (double[] X, double[] Y) Noise(int n, int seed = 7)
    {
        var random = new Random(seed);
        var x = new double[n];
        var y = new double[n];
        var walk = 0.0;
        for (var i = 0; i < n; i++)
        {
            walk += random.NextDouble() - 0.5;
            x[i] = i;
            y[i] = walk;
        }

        return (x, y);
    }

    [Theory]
    [InlineData(100_000, 1000)]
    [InlineData(10_000, 4000)]
    [InlineData(5_000, 5)]
    public void ResultRespectsTheThresholdAndIsAscending(int n, int threshold)
    {
        var (x, y) = Noise(n);

        var indices = Downsampling.MinMaxLttb(x, y, threshold);

        Assert.InRange(indices.Length, 3, threshold);
        Assert.Equal(indices.Order().Distinct(), indices);
    }

    [Fact]
    public void FirstAndLastPointsAreKept()
    {
        var (x, y) = Noise(50_000);

        var indices = Downsampling.MinMaxLttb(x, y, 500);

        Assert.Equal(0, indices[0]);
        Assert.Equal(49_999, indices[^1]);
    }

    [Fact]
    public void GlobalExtremesAreKeptEvenAsSingleSpikes()
    {
        var (x, y) = Noise(200_000);
        y[123_457] = 1e6;   // a one-sample spike up
        y[54_321] = -1e6;   // and down

        var indices = Downsampling.MinMaxLttb(x, y, 1000);

        Assert.Contains(123_457, indices);
        Assert.Contains(54_321, indices);
    }

    [Fact]
    public void ShortSeriesAreReturnedWhole()
    {
        var (x, y) = Noise(300);

        Assert.Equal(Enumerable.Range(0, 300), Downsampling.MinMaxLttb(x, y, 4000));
    }

    [Fact]
    public void LttbPicksTheLargestTriangleInEachBucket()
    {
        double[] x = [0, 1, 2, 3, 4, 5, 6];
        double[] y = [0, 0, 5, 0, 0, -5, 0];

        var indices = Downsampling.Lttb(x, y, [.. Enumerable.Range(0, 7)], 4);

        Assert.Equal([0, 2, 5, 6], indices);
    }
}
