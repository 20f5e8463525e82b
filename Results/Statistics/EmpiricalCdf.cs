namespace Burstsim.Results.Statistics;

/// <summary>
/// The empirical distribution function F(x) = (number of values &lt;= x) / n of a sample, with
/// the step points a chart draws.
/// </summary>
public sealed class EmpiricalCdf
{
    private readonly double[] _sorted;

    public EmpiricalCdf(IEnumerable<double> values)
    {
        _sorted = Quantiles.Sort(values);
        if (_sorted.Length == 0)
        {
            throw new ArgumentException("An empirical CDF needs at least one value.", nameof(values));
        }
    }

    public int Count => _sorted.Length;

    public double Min => _sorted[0];

    public double Max => _sorted[^1];

    /// <summary>F(x): the fraction of values less than or equal to x.</summary>
    public double Evaluate(double x)
    {
        // Upper bound: index of the first value greater than x.
        int lo = 0;
        int hi = _sorted.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (double)lo / _sorted.Length;
    }

    /// <summary>The p-quantile by <see cref="Quantiles"/> (type 7).</summary>
    public double Quantile(double p) => Quantiles.OfSorted(_sorted, p);

    /// <summary>
    /// The jumps of F: one step per distinct value, (x, F(x)), ascending, the last at fraction 1.
    /// With more distinct values than <paramref name="maxSteps"/> an evenly spaced subset of the
    /// jumps is kept (always the first and the last): every kept point is exact, only the steps
    /// between them are merged, which a chart cannot show anyway at a million values.
    /// </summary>
    public IReadOnlyList<CdfStep> Steps(int maxSteps = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 2);
        var all = new List<CdfStep>();
        int n = _sorted.Length;
        for (int i = 0; i < n; i++)
        {
            if (i + 1 < n && _sorted[i + 1] == _sorted[i])
            {
                continue;
            }

            all.Add(new CdfStep(_sorted[i], (double)(i + 1) / n));
        }

        if (all.Count <= maxSteps)
        {
            return all;
        }

        var kept = new List<CdfStep>(maxSteps);
        int last = -1;
        for (int k = 0; k < maxSteps; k++)
        {
            // Integer arithmetic keeps the choice identical on every machine.
            int index = (int)((long)k * (all.Count - 1) / (maxSteps - 1));
            if (index != last)
            {
                kept.Add(all[index]);
                last = index;
            }
        }

        return kept;
    }
}
