using Burstsim.Results.Statistics;

namespace Burstsim.Results.Charts;

/// <summary>One curve of a CDF chart: a named sample (e.g. one policy's startup latencies).</summary>
public sealed record CdfSeries(string Name, EmpiricalCdf Cdf)
{
    public static CdfSeries FromValues(string name, IEnumerable<double> values) => new(name, new EmpiricalCdf(values));
}
