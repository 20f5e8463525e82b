namespace Burstsim.Results.Summary;

/// <summary>
/// Percentiles as R's default (type 7) and numpy's default compute them, so the summary agrees
/// with the scripts people check it against: linear interpolation between order statistics,
/// h = (n - 1) p, result x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
/// </summary>
internal static class StartupPercentiles
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">The percentile as a fraction in [0, 1] (0.95 for p95).</param>
    /// <returns>NaN for no values.</returns>
    public static double Percentile(ReadOnlySpan<double> sorted, double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile is a fraction between 0 and 1.");
        }

        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        double h = (sorted.Length - 1) * p;
        int low = (int)Math.Floor(h);
        if (low >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        double fraction = h - low;
        return fraction == 0 ? sorted[low] : sorted[low] + (fraction * (sorted[low + 1] - sorted[low]));
    }

    /// <summary>Sorts a copy and returns it (for callers that must not reorder their values).</summary>
    public static double[] Sorted(IEnumerable<double> values)
    {
        double[] copy = [.. values];
        Array.Sort(copy);
        return copy;
    }
}
