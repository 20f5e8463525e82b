using System.Globalization;

namespace Burstsim.Results.Statistics;

/// <summary>
/// How many intervals (e.g. functions between func start and func end) are open over time.
/// Intervals are half-open, [start, end): a function ending at t and another starting at t do
/// not overlap, so back-to-back reuse of a CPU does not count as two at once.
/// </summary>
public static class RunningCount
{
    /// <summary>The step function of the open count: one step per instant where the count changes.</summary>
    public static IReadOnlyList<CountStep> Of(IEnumerable<(double Start, double End)> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var starts = new List<double>();
        var ends = new List<double>();
        foreach (var (start, end) in intervals)
        {
            if (!double.IsFinite(start) || !double.IsFinite(end) || end < start)
            {
                string text = string.Create(CultureInfo.InvariantCulture, $"[{start}, {end})");
                throw new ArgumentException($"Interval {text} is not finite with end >= start.", nameof(intervals));
            }

            starts.Add(start);
            ends.Add(end);
        }

        starts.Sort();
        ends.Sort();
        var steps = new List<CountStep>();
        int open = 0;
        int s = 0;
        int e = 0;
        while (s < starts.Count || e < ends.Count)
        {
            double t = Math.Min(s < starts.Count ? starts[s] : double.PositiveInfinity, e < ends.Count ? ends[e] : double.PositiveInfinity);
            // Everything that happens at t is applied before the count is read: ends and starts at
            // one instant cancel out instead of producing a spike.
            while (e < ends.Count && ends[e] == t)
            {
                open--;
                e++;
            }

            while (s < starts.Count && starts[s] == t)
            {
                open++;
                s++;
            }

            if (steps.Count == 0 || steps[^1].Count != open)
            {
                steps.Add(new CountStep(t, open));
            }
        }

        return steps;
    }

    /// <summary>The most intervals open at once (0 for none).</summary>
    public static int Peak(IEnumerable<(double Start, double End)> intervals)
    {
        int peak = 0;
        foreach (var step in Of(intervals))
        {
            peak = Math.Max(peak, step.Count);
        }

        return peak;
    }
}
