using Burstsim.Results.Charts;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Keeps what a timeline figure needs of each activation (submit, func start, func end, invoker).
/// Functions of later jobs are numbered after those of earlier jobs so a multi-job run stacks up.
/// </summary>
internal sealed class TimelineCollector(ClusterSpec cluster) : IActivationSink
{
    private readonly List<(int Job, int Function, double Submit, double Start, double End, string Invoker, bool Lost)> _rows = [];
    private readonly Dictionary<string, int> _invokers = cluster.Invokers.Select((inv, i) => (inv.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    public void Add(ActivationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _rows.Add((record.JobId, record.FunctionId, record.HostSubmit.Seconds, record.WorkerFuncStart.Seconds, record.WorkerFuncEnd.Seconds, record.Invoker, record.Status != ActivationStatus.Success));
    }

    public IReadOnlyList<TimelineRow> Rows()
    {
        var sizes = new SortedDictionary<int, int>();
        foreach (var row in _rows)
        {
            sizes[row.Job] = Math.Max(sizes.GetValueOrDefault(row.Job), row.Function + 1);
        }

        var offsets = new Dictionary<int, int>();
        int next = 0;
        foreach (var (job, size) in sizes)
        {
            offsets[job] = next;
            next += size;
        }

        return [.. _rows.Select(r => new TimelineRow(offsets[r.Job] + r.Function, r.Submit, r.Start, r.End, _invokers.GetValueOrDefault(r.Invoker), r.Invoker) { Lost = r.Lost })];
    }
}
