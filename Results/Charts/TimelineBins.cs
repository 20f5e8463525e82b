using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// A panel's rows in function order (<see cref="Sorted"/>) cut into <see cref="Bins"/> of <see cref="Size"/> consecutive
/// functions, so a figure draws a few thousand bars at most: each bin is one row at its middle function's y, on the
/// invoker most of them ran on, drawn over <see cref="Segments"/>, the union of its functions' run times (start to end):
/// a bin mixing a first wave at 2-7 s and a second at 22-27 s draws two 5 s pieces, not one 25 s envelope. Size 1 keeps
/// every function.
/// </summary>
internal sealed record TimelineBins(TimelineRow[] Sorted, int Size, TimelineRow[] Bins)
{
    /// <summary>Per bin (in <see cref="Bins"/> order) the disjoint time intervals, s, in which at least one of its functions runs.</summary>
    public (double Start, double End)[][] Segments { get; init; } = [.. Bins.Select(b => new[] { (b.Start, b.End) })];

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
        return new(sorted, size, [.. chunks.Select(Envelope)]) { Segments = [.. chunks.Select(Union)] };
    }

    // The union of the rows' [start, end] intervals, in time order; touching or overlapping intervals merge.
    private static (double Start, double End)[] Union(TimelineRow[] rows)
    {
        var merged = new List<(double Start, double End)>();
        foreach (var r in rows.OrderBy(r => r.Start).ThenBy(r => r.End))
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add((r.Start, r.End));
            }
        }

        return [.. merged];
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
