using Burstsim.Results.Charts;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Keeps what the timeline figures need of each activation (job create, submit, worker and func
/// start and end, status and result fetched, invoker).
/// Functions of later jobs are numbered after those of earlier jobs so a multi-job run stacks up.
/// </summary>
internal sealed class TimelineCollector(ClusterSpec cluster) : IActivationSink
{
    private readonly List<(int Job, int Function, TimelineRow Row)> _rows = [];
    private readonly Dictionary<string, int> _invokers = cluster.Invokers.Select((inv, i) => (inv.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    public void Add(ActivationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = new TimelineRow(record.FunctionId, record.HostSubmit.Seconds, record.WorkerFuncStart.Seconds, record.WorkerFuncEnd.Seconds,
            _invokers.GetValueOrDefault(record.Invoker), record.Invoker)
        {
            JobCreate = record.HostJobCreate.Seconds,
            WorkerStart = record.WorkerStart.Seconds,
            WorkerEnd = record.WorkerEnd.Seconds,
            StatusDone = record.HostStatusDone.Seconds,
            ResultDone = record.HostResultDone.Seconds,
        };
        _rows.Add((record.JobId, record.FunctionId, row));
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

        return [.. _rows.Select(r => r.Row with { FunctionId = offsets[r.Job] + r.Function })];
    }
}
