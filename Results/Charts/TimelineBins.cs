using System.Globalization;

namespace Burstsim.Results.Charts;

/// <summary>
/// A panel's rows in function order, cut into bins of <see cref="Size"/> consecutive functions so
/// that a figure draws at most a few thousand bars: each bin is one bar spanning its functions'
/// envelope (earliest submit, worker start and func start; latest func end) on the invoker most of
/// them ran on. Size 1 keeps every function as it is.
/// </summary>
internal sealed class TimelineBins
{
    private TimelineBins(TimelineRow[] sorted, int size)
    {
        Sorted = sorted;
        Size = size;
        var bins = new List<TimelineRow>((sorted.Length + size - 1) / size);
        for (int first = 0; first < sorted.Length; first += size)
        {
            bins.Add(Envelope(sorted.AsSpan(first, Math.Min(size, sorted.Length - first))));
        }

        Bins = bins;
    }

    /// <summary>Every row, by function id.</summary>
    public TimelineRow[] Sorted { get; }

    /// <summary>Functions per bar.</summary>
    public int Size { get; }

    /// <summary>One row per bar; FunctionId is the bin's middle function (its y position).</summary>
    public IReadOnlyList<TimelineRow> Bins { get; }

    /// <exception cref="ArgumentException">A row has a non-finite time or ends before it starts; the message names the panel and function.</exception>
    public static TimelineBins Of(TimelinePanel panel, int maxBars)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(panel.Rows);
        foreach (var r in panel.Rows)
        {
            if (!double.IsFinite(r.Submit) || !double.IsFinite(r.Start) || !double.IsFinite(r.End) || r.End < r.Start)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Panel '{panel.Title}', function {r.FunctionId}: times must be finite with end >= start."), nameof(panel));
            }
        }

        // A stable sort: the same rows always make the same bins.
        var sorted = panel.Rows.OrderBy(r => r.FunctionId).ToArray();
        return new TimelineBins(sorted, Math.Max(1, (int)Math.Ceiling((double)sorted.Length / maxBars)));
    }

    private static TimelineRow Envelope(ReadOnlySpan<TimelineRow> rows)
    {
        if (rows.Length == 1)
        {
            return rows[0];
        }

        double submit = double.PositiveInfinity, worker = double.PositiveInfinity, start = double.PositiveInfinity, end = double.NegativeInfinity;
        var votes = new SortedDictionary<int, int>();
        foreach (var r in rows)
        {
            submit = Math.Min(submit, r.Submit);
            worker = Math.Min(worker, double.IsNaN(r.WorkerStart) ? r.Start : r.WorkerStart);
            start = Math.Min(start, r.Start);
            end = Math.Max(end, r.End);
            votes[r.InvokerIndex] = votes.GetValueOrDefault(r.InvokerIndex) + 1;
        }

        int invoker = votes.MaxBy(v => v.Value).Key;
        var first = rows[0];
        string name = first.InvokerIndex == invoker ? first.InvokerName : rows.ToArray().First(r => r.InvokerIndex == invoker).InvokerName;
        return new TimelineRow((rows[0].FunctionId + rows[^1].FunctionId) / 2, submit, start, end, invoker, name) { WorkerStart = worker };
    }
}
