namespace Burstsim.Results.Statistics;

/// <summary>
/// The five numbers a box plot draws, Tukey style: quartiles by <see cref="Quantiles"/> (type 7),
/// whiskers at the most extreme data still within 1.5 IQR of the box, everything beyond them an
/// outlier (ascending).
/// </summary>
public sealed record BoxplotStats(
    int N,
    double Min,
    double Q1,
    double Median,
    double Q3,
    double Max,
    double Mean,
    double WhiskerLow,
    double WhiskerHigh,
    IReadOnlyList<double> Outliers)
{
    /// <summary>Inter-quartile range, Q3 - Q1.</summary>
    public double Iqr => Q3 - Q1;

    public static BoxplotStats FromValues(IEnumerable<double> values) => FromSorted(Quantiles.Sort(values));

    /// <summary>Statistics of values already sorted ascending (saves a copy for large runs).</summary>
    public static BoxplotStats FromSorted(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("A box plot needs at least one value.", nameof(sorted));
        }

        double q1 = Quantiles.OfSorted(sorted, 0.25);
        double median = Quantiles.OfSorted(sorted, 0.5);
        double q3 = Quantiles.OfSorted(sorted, 0.75);
        double reach = 1.5 * (q3 - q1);
        double lowFence = q1 - reach;
        double highFence = q3 + reach;

        double whiskerLow = double.NaN;
        double whiskerHigh = double.NaN;
        var outliers = new List<double>();
        double sum = 0;
        foreach (double v in sorted)
        {
            sum += v;
            if (v < lowFence || v > highFence)
            {
                outliers.Add(v);
                continue;
            }

            // Sorted input: the first value inside the fences is the low whisker, the last the high.
            if (double.IsNaN(whiskerLow))
            {
                whiskerLow = v;
            }

            whiskerHigh = v;
        }

        return new BoxplotStats(
            sorted.Count, sorted[0], q1, median, q3, sorted[^1], sum / sorted.Count,
            whiskerLow, whiskerHigh, outliers);
    }
}
