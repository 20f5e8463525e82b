namespace Burstsim.Results.Statistics;

/// <summary>
/// The Wasserstein-1 (earth mover's) distance between two samples: the area between their empirical CDFs,
/// W1 = integral over x of |F_a(x) - F_b(x)| dx, in the samples' own unit (scipy.stats.wasserstein_distance with equal
/// weights, which invitro's trace sampler uses to pick a representative sample of functions). It is the mean shift a
/// sample needs to become the other: two samples that differ only by a shift of d are d apart.
/// </summary>
public static class Wasserstein
{
    /// <summary>W1 between the empirical distributions of <paramref name="a"/> and <paramref name="b"/>, at least 0.</summary>
    /// <exception cref="ArgumentException">A sample is empty or holds a value that is not finite.</exception>
    public static double Distance(IEnumerable<double> a, IEnumerable<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double[] x = [.. a.Order()];
        double[] y = [.. b.Order()];
        if (x.Length == 0 || y.Length == 0 || !x.All(double.IsFinite) || !y.All(double.IsFinite))
        {
            throw new ArgumentException("both samples need at least one value, all finite");
        }

        // Walk the merged breakpoints; between two of them both CDFs are flat, so the area is a rectangle.
        int i = 0, j = 0;
        double area = 0;
        double at = Math.Min(x[0], y[0]);
        while (i < x.Length || j < y.Length)
        {
            double next = j >= y.Length || (i < x.Length && x[i] <= y[j]) ? x[i] : y[j];
            area += Math.Abs(((double)i / x.Length) - ((double)j / y.Length)) * (next - at);
            at = next;
            while (i < x.Length && x[i] == next)
            {
                i++;
            }

            while (j < y.Length && y[j] == next)
            {
                j++;
            }
        }

        return area;
    }
}
