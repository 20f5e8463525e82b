using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Tests.Support;

internal static class Intervals
{
    /// <summary>The most intervals [start, end) open at once; an interval ending when another starts does not overlap it.</summary>
    public static int MaxOverlap(IEnumerable<(SimTime Start, SimTime End)> intervals)
    {
        var edges = intervals
            .SelectMany(i => new[] { (i.Start.Ticks, Delta: +1), (i.End.Ticks, Delta: -1) })
            .OrderBy(e => e.Ticks)
            .ThenBy(e => e.Delta);
        int open = 0, max = 0;
        foreach (var (_, delta) in edges)
        {
            open += delta;
            max = Math.Max(max, open);
        }

        return max;
    }
}
