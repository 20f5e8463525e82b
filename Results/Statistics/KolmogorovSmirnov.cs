namespace Burstsim.Results.Statistics;

/// <summary>The two-sample Kolmogorov-Smirnov distance: the largest gap between two empirical CDFs.</summary>
public static class KolmogorovSmirnov
{
    /// <summary>
    /// sup over x of |F_a(x) - F_b(x)|, in [0, 1]; 0 for identical samples, 1 for samples that do not overlap.
    /// Throws <see cref="ArgumentException"/> when a sample is empty or holds NaN.
    /// </summary>
    public static double Distance(IEnumerable<double> a, IEnumerable<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double[] x = [.. a.Order()];
        double[] y = [.. b.Order()];
        if (x.Length == 0 || y.Length == 0 || double.IsNaN(x[^1]) || double.IsNaN(y[^1]) || double.IsNaN(x[0]) || double.IsNaN(y[0]))
        {
            throw new ArgumentException("both samples need at least one value and no NaN");
        }

        int i = 0, j = 0;
        double d = 0;
        while (i < x.Length && j < y.Length)
        {
            // Step past every value equal to the smaller head in both samples, so ties move both CDFs at once.
            double v = Math.Min(x[i], y[j]);
            while (i < x.Length && x[i] == v)
            {
                i++;
            }

            while (j < y.Length && y[j] == v)
            {
                j++;
            }

            d = Math.Max(d, Math.Abs(((double)i / x.Length) - ((double)j / y.Length)));
        }

        return d;
    }
}
