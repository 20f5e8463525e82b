using Burstsim.Results.Statistics;

namespace Burstsim.Results.Regression;

/// <summary>
/// A metric over the replications of one scenario case and policy: the mean and its two-sided 95%
/// Student t interval (zero width with one replication, or when every replication agrees).
/// NaN everywhere when no replication had a value (a run without functions).
/// </summary>
public sealed record MetricValue(double Mean, double Low, double High)
{
    /// <summary>Digits after the point in baselines: microseconds for times. Values are compared at this resolution.</summary>
    public const int Decimals = 6;

    public static MetricValue None { get; } = new(double.NaN, double.NaN, double.NaN);

    public bool HasValue => double.IsFinite(Mean);

    /// <summary>Mean and 95% interval of the finite values, rounded to <see cref="Decimals"/>.</summary>
    public static MetricValue Of(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return None;
        }

        var ci = ConfidenceInterval.Of(finite);
        return new MetricValue(Round(ci.Mean), Round(ci.Low), Round(ci.High));
    }

    private static double Round(double v) => Math.Round(v, Decimals, MidpointRounding.ToEven);
}
