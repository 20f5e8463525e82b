using Burstsim.Results.Statistics;

namespace Burstsim.Results.Summary;

/// <summary>
/// Startup percentiles for the summary: <see cref="Quantiles"/> (type 7, as R and numpy), except
/// that a run with no functions gives NaN instead of an error.
/// </summary>
internal static class StartupPercentiles
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">The percentile as a fraction in [0, 1] (0.95 for p95).</param>
    /// <returns>NaN for no values.</returns>
    public static double Percentile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty && p >= 0 && p <= 1)
        {
            return double.NaN; // an empty run has no startups; the summary writes an empty cell
        }

        return Quantiles.OfSorted(sorted, p);
    }

    /// <summary>The same percentile of startups kept as sorted ticks (µs), each read as <see cref="Simulator.Engine.SimSpan.Seconds"/>.</summary>
    /// <returns>NaN for no values.</returns>
    public static double Percentile(TickColumn sortedTicks, double p)
    {
        int n = sortedTicks.Count;
        if (n == 0 && p >= 0 && p <= 1)
        {
            return double.NaN;
        }

        var (lo, fraction) = Quantiles.Position(n, p);
        double Seconds(int i) => new Simulator.Engine.SimSpan(sortedTicks[i]).Seconds;
        if (lo >= n - 1)
        {
            return Seconds(n - 1);
        }

        // Each value read once, in order: a spilled column is read forward.
        double low = Seconds(lo);
        double high = Seconds(lo + 1);
        return low + (fraction * (high - low));
    }

    /// <summary>Sorts a copy and returns it (for callers that must not reorder their values).</summary>
    public static double[] Sorted(IEnumerable<double> values)
    {
        double[] copy = [.. values];
        Array.Sort(copy);
        return copy;
    }
}
