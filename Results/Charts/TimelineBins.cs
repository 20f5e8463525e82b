using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// A panel's rows in function order (<see cref="Sorted"/>) cut into <see cref="Bins"/> of <see cref="Size"/> consecutive
/// functions, so a figure draws a few thousand bars at most: each bin is one row at its middle function's y, on the
/// invoker most of them ran on, drawn as a density (<see cref="Segments"/>): over each interval its shade is the share of
/// its functions running then, in quarters. A bar of one shade for the union of their runs read as one function running
/// that long (review 24c: Monte Carlo classic bins of two staggered 15 s functions drew 30 s bars); a density shows two
/// staggered functions as two half-shade pieces, and full shade only where all of them run. Size 1 keeps every function.
/// </summary>
internal sealed record TimelineBins(TimelineRow[] Sorted, int Size, TimelineRow[] Bins)
{
    /// <summary>
    /// Per bin (in <see cref="Bins"/> order) the disjoint time intervals, s, in which at least one of its functions runs,
    /// each with the share of the bin's functions running in it rounded up to a quarter (0.25, 0.5, 0.75, 1); neighbouring
    /// intervals of one share merge. Size 1: each function's run at share 1.
    /// </summary>
    public (double Start, double End, double Share)[][] Segments { get; init; } = [.. Bins.Select(b => new[] { (b.Start, b.End, 1.0) })];

    /// <exception cref="ArgumentException">A row has a non-finite time or ends before it starts; the message names the panel and function.</exception>
    public static TimelineBins Of(TimelinePanel panel, int maxBars)
    {
        foreach (var r in panel.Rows.Where(r => !(double.IsFinite(r.Submit) && double.IsFinite(r.Start) && double.IsFinite(r.End) && r.End >= r.Start)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Panel '{panel.Title}', function {r.FunctionId}: times must be finite with end >= start."), nameof(panel));
        }

        // A stable sort: the same rows always make the same bins.
        var sorted = panel.Rows.OrderBy(r => r.FunctionId).ToArray();
        int size = Math.Max(1, (int)Math.Ceiling((double)sorted.Length / maxBars));
        if (size == 1)
        {
            return new(sorted, size, sorted);
        }

        var chunks = sorted.Chunk(size).ToArray();
        return new(sorted, size, [.. chunks.Select(Envelope)]) { Segments = [.. chunks.Select(Density)] };
    }

    // The rows' running count as a step function (a start adds one, an end takes one away; an end and a start at one time
    // hand over without a gap), as shares of the bin rounded up to quarters, neighbouring equal shares merged.
    private static (double Start, double End, double Share)[] Density(TimelineRow[] rows)
    {
        var events = rows.SelectMany(r => new[] { (Time: r.Start, Step: 1), (Time: r.End, Step: -1) }).OrderBy(e => e.Time).ThenBy(e => e.Step).ToArray();
        var pieces = new List<(double Start, double End, double Share)>();
        int running = 0;
        for (int i = 0; i < events.Length; i++)
        {
            running += events[i].Step;
            if (i + 1 < events.Length && running > 0 && events[i + 1].Time > events[i].Time)
            {
                double share = Math.Ceiling(4.0 * running / rows.Length) / 4;
                if (pieces.Count > 0 && pieces[^1].End == events[i].Time && pieces[^1].Share == share)
                {
                    pieces[^1] = (pieces[^1].Start, events[i + 1].Time, share);
                }
                else
                {
                    pieces.Add((events[i].Time, events[i + 1].Time, share));
                }
            }
        }

        // A bin whose every function takes no time (start = end) still shows where they ran.
        return pieces.Count > 0 ? [.. pieces] : [(rows.Min(r => r.Start), rows.Max(r => r.End), 1.0)];
    }

    private static TimelineRow Envelope(TimelineRow[] rows)
    {
        // The invoker most functions ran on; on a tie the lowest index, so equal inputs give equal bars.
        var invoker = rows.GroupBy(r => r.InvokerIndex).MaxBy(g => (g.Count(), -g.Key))!.First();
        return new TimelineRow((rows[0].FunctionId + rows[^1].FunctionId) / 2, rows.Min(r => r.Submit), rows.Min(r => r.Start), rows.Max(r => r.End), invoker.InvokerIndex, invoker.InvokerName)
        {
            WorkerStart = rows.Min(r => double.IsNaN(r.WorkerStart) ? r.Start : r.WorkerStart),
        };
    }
}
