namespace DataApps.Charts;

/// <summary>
/// Picks the points of a long series that keep its shape: min/max-preserving Largest-Triangle-Three-Buckets.
/// </summary>
/// <remarks>
/// Note [Downsampling]: plain LTTB (Steinarsson 2013) keeps the shape but may drop a spike that is not the
/// largest triangle in its bucket. MinMaxLTTB (Van Der Donckt et al. 2023) first keeps only the min and max
/// of each of <c>threshold × ratio / 2</c> small buckets (one cheap pass over all points), then runs LTTB on
/// that preselection; on top of it the global minimum and maximum are always kept, as are the first and last
/// points. The result is at most <c>threshold</c> indices, ascending, into the input.
/// </remarks>
internal static class Downsampling
{
    /// <summary>The preselection ratio of MinMaxLTTB: 4 is the paper's default (visually equal to LTTB, much faster).</summary>
    public const int Ratio = 4;

    /// <summary>The indices of at most <paramref name="threshold"/> points of (x, y), ascending, keeping first, last, minimum and maximum.</summary>
    /// <param name="x">The x values, ascending for a meaningful result.</param>
    /// <param name="y">The y values (no NaN).</param>
    /// <param name="threshold">The largest number of points to keep; at least 5 (first, last, minimum, maximum and one more).</param>
    public static int[] MinMaxLttb(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int threshold)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }

        threshold = Math.Max(threshold, 5);
        var n = y.Length;
        if (n <= threshold)
        {
            return [.. Enumerable.Range(0, n)];
        }

        var candidates = n > threshold * Ratio ? Preselect(y, threshold * Ratio / 2) : [.. Enumerable.Range(0, n)];
        var chosen = Lttb(x, y, candidates, threshold - 2);

        var (min, max) = Extremes(y);
        return MergeSorted(chosen, min, max);
    }

    /// <summary>Classic LTTB over the candidate indices: keeps the first and last candidates and one per bucket between.</summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values.</param>
    /// <param name="candidates">Ascending indices into x and y to choose from.</param>
    /// <param name="threshold">How many indices to return (at least 3).</param>
    public static int[] Lttb(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int[] candidates, int threshold)
    {
        var n = candidates.Length;
        threshold = Math.Max(threshold, 3);
        if (n <= threshold)
        {
            return candidates;
        }

        var result = new int[threshold];
        var count = 0;
        result[count++] = candidates[0];
        var every = (double)(n - 2) / (threshold - 2);
        var a = candidates[0];
        for (var i = 0; i < threshold - 2; i++)
        {
            // The average of the next bucket is the third corner of the triangle.
            var nextStart = (int)Math.Floor((i + 1) * every) + 1;
            var nextEnd = Math.Min((int)Math.Floor((i + 2) * every) + 1, n);
            double avgX = 0, avgY = 0;
            for (var j = nextStart; j < nextEnd; j++)
            {
                avgX += x[candidates[j]];
                avgY += y[candidates[j]];
            }

            var nextCount = Math.Max(nextEnd - nextStart, 1);
            avgX /= nextCount;
            avgY /= nextCount;

            var start = (int)Math.Floor(i * every) + 1;
            var end = (int)Math.Floor((i + 1) * every) + 1;
            double ax = x[a], ay = y[a];
            var maxArea = -1.0;
            var pick = candidates[start];
            for (var j = start; j < end; j++)
            {
                var c = candidates[j];
                var area = Math.Abs(((ax - avgX) * (y[c] - ay)) - ((ax - x[c]) * (avgY - ay)));
                if (area > maxArea)
                {
                    maxArea = area;
                    pick = c;
                }
            }

            result[count++] = pick;
            a = pick;
        }

        result[count] = candidates[n - 1];
        return result;
    }

    /// <summary>The first and last indices plus the minimum and maximum of each of <paramref name="buckets"/> equal index ranges between them.</summary>
    private static int[] Preselect(ReadOnlySpan<double> y, int buckets)
    {
        var n = y.Length;
        var result = new List<int>((buckets * 2) + 2) { 0 };
        var interior = n - 2;
        var size = (double)interior / buckets;
        for (var b = 0; b < buckets; b++)
        {
            var start = 1 + (int)(b * size);
            var end = Math.Min(1 + (int)((b + 1) * size), n - 1);
            if (start >= end)
            {
                continue;
            }

            int lo = start, hi = start;
            for (var i = start + 1; i < end; i++)
            {
                var v = y[i];
                if (v < y[lo])
                {
                    lo = i;
                }
                else if (v > y[hi])
                {
                    hi = i;
                }
            }

            result.Add(Math.Min(lo, hi));
            if (lo != hi)
            {
                result.Add(Math.Max(lo, hi));
            }
        }

        result.Add(n - 1);
        return [.. result];
    }

    private static (int Min, int Max) Extremes(ReadOnlySpan<double> y)
    {
        int min = 0, max = 0;
        for (var i = 1; i < y.Length; i++)
        {
            if (y[i] < y[min])
            {
                min = i;
            }

            if (y[i] > y[max])
            {
                max = i;
            }
        }

        return (min, max);
    }

    private static int[] MergeSorted(int[] sorted, int a, int b)
    {
        var set = new SortedSet<int>(sorted) { a, b };
        return [.. set];
    }
}
