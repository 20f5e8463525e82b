using Burstsim.Results.Statistics;

namespace Burstsim.Results.Charts;

/// <summary>
/// One box: the statistics of one <paramref name="Category"/> (x position, e.g. a policy or a
/// granularity) within one <paramref name="Series"/> (side-by-side boxes with a legend, e.g.
/// "48 workers" and "96 workers"; use one series name for a plain box plot).
/// </summary>
public sealed record BoxplotBox(string Category, string Series, BoxplotStats Stats)
{
    public static BoxplotBox FromValues(string category, string series, IEnumerable<double> values) =>
        new(category, series, BoxplotStats.FromValues(values));
}
