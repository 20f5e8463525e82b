using System.Globalization;
using Burstsim.Results.Statistics;

namespace Burstsim.Results.Charts;

/// <summary>
/// A timeline panel checked and measured in one pass over its rows (a panel may hold a million):
/// rows in function order, the deterministic subsample to draw, the running count from all rows,
/// the data bounds and the invokers seen.
/// </summary>
internal sealed class PreparedTimelinePanel
{
    private PreparedTimelinePanel(TimelinePanel panel, TimelineRow[] sorted, int stride)
    {
        Panel = panel;
        Count = sorted.Length;
        Stride = stride;
        Shown = stride == 1 ? sorted : sorted.Where((_, i) => i % stride == 0).ToArray();
        Running = RunningCount.Of(sorted.Select(r => (r.Start, r.End)));
        Peak = Running.Count == 0 ? 0 : Running.Max(s => s.Count);
    }

    public TimelinePanel Panel { get; }

    public int Count { get; }

    /// <summary>Every Stride-th function (in id order) is drawn; 1 draws all.</summary>
    public int Stride { get; }

    public IReadOnlyList<TimelineRow> Shown { get; }

    public IReadOnlyList<CountStep> Running { get; }

    public int Peak { get; }

    public double TimeMin { get; private set; } = double.PositiveInfinity;

    public double TimeMax { get; private set; } = double.NegativeInfinity;

    public int IdMin { get; private set; } = int.MaxValue;

    public int IdMax { get; private set; } = int.MinValue;

    /// <summary>Invoker index to the first name seen for it.</summary>
    public SortedDictionary<int, string> Invokers { get; } = [];

    public static PreparedTimelinePanel Prepare(TimelinePanel panel, int maxBars)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(panel.Rows);
        bool ordered = true;
        for (int i = 1; i < panel.Rows.Count && ordered; i++)
        {
            ordered = panel.Rows[i - 1].FunctionId <= panel.Rows[i].FunctionId;
        }

        // Stable order by function id, so the same input always picks the same subsample.
        var sorted = ordered ? panel.Rows.ToArray() : panel.Rows.OrderBy(r => r.FunctionId).ToArray();
        int stride = Math.Max(1, (int)Math.Ceiling((double)sorted.Length / maxBars));
        Check(panel, sorted);
        var prepared = new PreparedTimelinePanel(panel, sorted, stride);
        foreach (var r in sorted)
        {
            prepared.TimeMin = Math.Min(prepared.TimeMin, Math.Min(r.Submit, r.Start));
            prepared.TimeMax = Math.Max(prepared.TimeMax, r.End);
            prepared.IdMin = Math.Min(prepared.IdMin, r.FunctionId);
            prepared.IdMax = Math.Max(prepared.IdMax, r.FunctionId);
            prepared.Invokers.TryAdd(r.InvokerIndex, r.InvokerName ?? "");
        }

        return prepared;
    }

    private static void Check(TimelinePanel panel, TimelineRow[] rows)
    {
        foreach (var r in rows)
        {
            if (!double.IsFinite(r.Submit) || !double.IsFinite(r.Start) || !double.IsFinite(r.End) || r.End < r.Start)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Panel '{panel.Title}', function {r.FunctionId}: times must be finite with end >= start."), nameof(panel));
            }
        }
    }
}
