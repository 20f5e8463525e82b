namespace Burstsim.Results.Statistics;

/// <summary>
/// Percentiles by linear interpolation between order statistics: Hyndman and Fan type 7, the
/// default of R's <c>quantile()</c> and of <c>numpy.percentile</c>, so a reader who recomputes a
/// figure from the CSV with either tool gets the same numbers. For sorted x[0..n-1] and p in
/// [0, 1]: h = (n - 1) p, result = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
/// </summary>
public static class Quantiles
{
    /// <summary>The p-quantile (p in [0, 1]) of values already sorted ascending.</summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted is double[] array ? OfSorted(array.AsSpan(), p) : OfSorted(sorted.ToArray().AsSpan(), p);
    }

    /// <summary>The p-quantile (p in [0, 1]) of values already sorted ascending, without copying them.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }

        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be within [0, 1].");
        }

        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        double fraction = h - lo;
        // Written as lower + fraction * gap so that fraction 0 returns the order statistic exactly.
        return sorted[lo] + (fraction * (sorted[lo + 1] - sorted[lo]));
    }

    /// <summary>
    /// Where the p-quantile of <paramref name="count"/> sorted values lies, for callers that keep the values in
    /// another form: the result is x[Lower] when Lower is the last index, else x[Lower] + Fraction (x[Lower + 1] - x[Lower]).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1 or <paramref name="p"/> is outside [0, 1].</exception>
    public static (int Lower, double Fraction) Position(int count, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be within [0, 1].");
        }

        double h = (count - 1) * p;
        int lo = (int)Math.Floor(h);
        return (lo, h - lo);
    }

    /// <summary>The p-quantile (p in [0, 1]) of unsorted values.</summary>
    public static double Of(IEnumerable<double> values, double p) => OfSorted(Sort(values), p);

    /// <summary>
    /// A sorted copy of the values. NaN is refused: it has no place in an order, and letting it
    /// through would silently move every percentile.
    /// </summary>
    public static double[] Sort(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] copy = values.ToArray();
        foreach (double v in copy)
        {
            if (double.IsNaN(v))
            {
                throw new ArgumentException("Values must not contain NaN.", nameof(values));
            }
        }

        Array.Sort(copy);
        return copy;
    }
}
