namespace ModelServer.Metrics;

/// <summary>A Prometheus histogram: counts per upper bound (non-cumulative inside, cumulative when written), a sum and a count.</summary>
internal sealed class Histogram(IReadOnlyList<double> bounds)
{
    private readonly long[] counts = new long[bounds.Count + 1]; // the last one is +Inf
    private readonly Lock gate = new();
    private double sum;

    public IReadOnlyList<double> Bounds { get; } = bounds;

    public void Observe(double value)
    {
        var index = 0;
        while (index < Bounds.Count && value > Bounds[index])
        {
            index++;
        }

        lock (gate)
        {
            counts[index]++;
            sum += value;
        }
    }

    /// <summary>A consistent copy: the cumulative count per bound (then +Inf), and the sum.</summary>
    public (long[] Cumulative, double Sum) Snapshot()
    {
        lock (gate)
        {
            var cumulative = new long[counts.Length];
            long running = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                running += counts[i];
                cumulative[i] = running;
            }

            return (cumulative, sum);
        }
    }
}
