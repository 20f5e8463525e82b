using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// A panel's rows in function order (<see cref="Sorted"/>) cut into <see cref="Bins"/> of <see cref="Size"/> consecutive
/// functions, so a figure draws a few thousand bars at most: each bin is one bar over its functions' envelope, on the
/// invoker most of them ran on, at its middle function's y. Size 1 keeps every function.
/// </summary>
internal sealed record TimelineBins(TimelineRow[] Sorted, int Size, TimelineRow[] Bins)
{
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
        return new(sorted, size, size == 1 ? sorted : [.. sorted.Chunk(size).Select(Envelope)]);
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
