using System.Globalization;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// A distribution known only by a few percentiles (the Azure Functions trace publishes 0, 1, 25, 50,
/// 75, 99, 100): samples by inverse transform, interpolating linearly between the given points. Below
/// the first and above the last point the curve stays flat. Values are made non-decreasing (running
/// maximum) because published percentiles of averages are occasionally out of order.
/// </summary>
public sealed class PercentileCurve
{
    private readonly double[] _quantiles;
    private readonly double[] _values;

    /// <param name="points">(quantile in [0, 1], value) pairs, quantiles strictly increasing.</param>
    public PercentileCurve(IReadOnlyList<(double Quantile, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("a percentile curve needs at least one point", nameof(points));
        }

        _quantiles = new double[points.Count];
        _values = new double[points.Count];
        double floor = double.NegativeInfinity;
        for (int i = 0; i < points.Count; i++)
        {
            var (q, v) = points[i];
            if (!(q >= 0 && q <= 1) || (i > 0 && q <= _quantiles[i - 1]) || !double.IsFinite(v))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"bad percentile point ({q}, {v}): quantiles must rise within [0, 1] and values be finite"), nameof(points));
            }

            _quantiles[i] = q;
            floor = Math.Max(floor, v);
            _values[i] = floor;
        }
    }

    /// <summary>The quantiles of the points, rising within [0, 1].</summary>
    public IReadOnlyList<double> Quantiles => _quantiles;

    /// <summary>The values at <see cref="Quantiles"/>, made non-decreasing, in the trace's unit.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>The smallest value (the 0th percentile), in the trace's unit.</summary>
    public double Min => _values[0];

    /// <summary>The largest value (the 100th percentile), in the trace's unit.</summary>
    public double Max => _values[^1];

    /// <summary>The value at quantile <paramref name="u"/> (in [0, 1]).</summary>
    public double At(double u)
    {
        if (u <= _quantiles[0])
        {
            return _values[0];
        }

        for (int i = 1; i < _quantiles.Length; i++)
        {
            if (u <= _quantiles[i])
            {
                double share = (u - _quantiles[i - 1]) / (_quantiles[i] - _quantiles[i - 1]);
                return _values[i - 1] + (share * (_values[i] - _values[i - 1]));
            }
        }

        return _values[^1];
    }

    /// <summary>One draw: the value at a uniform quantile.</summary>
    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return At(random.NextDouble());
    }
}
