using MathNet.Numerics.Distributions;

namespace Burstsim.Results.Statistics;

/// <summary>
/// A sample mean with a two-sided Student t confidence interval (default 95 %), the usual way to
/// show spread across replications. With one value there is no spread estimate: the interval is
/// reported as zero width at the mean (rather than infinite) so that a single-replication run
/// still plots, and <see cref="N"/> tells the reader not to trust it.
/// </summary>
public sealed record ConfidenceInterval(double Mean, double Low, double High, int N, double StandardDeviation, double Level)
{
    /// <summary>Half the interval width: the "plus or minus" figure.</summary>
    public double HalfWidth => (High - Low) / 2;

    public static ConfidenceInterval Of(IReadOnlyList<double> values, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A confidence interval needs at least one value.", nameof(values));
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "level must be within (0, 1).");
        }

        double sum = 0;
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException("Values must be finite.", nameof(values));
            }

            sum += v;
        }

        int n = values.Count;
        double mean = sum / n;
        if (n == 1)
        {
            return new ConfidenceInterval(mean, mean, mean, 1, 0, level);
        }

        double squares = 0;
        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        // Sample standard deviation (n - 1): the replications are a sample of the model's outcomes.
        double sd = Math.Sqrt(squares / (n - 1));
        double t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - level) / 2));
        double half = t * sd / Math.Sqrt(n);
        return new ConfidenceInterval(mean, mean - half, mean + half, n, sd, level);
    }
}
