using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// FaaSBatch: invocations wait for the next dispatch tick (every interval on the simulation clock);
/// at a tick, each function's pending invocations form one batch that runs in one container. The
/// container is the function's most recently used idle one anywhere in the cluster (LIFO reuse),
/// otherwise a new one on the invoker with the most free pool memory.
/// </summary>
internal sealed class FaaSBatchDispatcher(OpenWhisk platform, double intervalS)
{
    private readonly Simulation _sim = platform.Sim;
    private readonly SimSpan _interval = SimSpan.FromSeconds(intervalS);
    private readonly Dictionary<string, List<Activation>> _pending = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private bool _tickScheduled;

    public long Batches { get; private set; }

    public void Enqueue(Activation a)
    {
        string action = a.Job.FullyQualifiedAction;
        if (!_pending.TryGetValue(action, out var list))
        {
            list = [];
            _pending[action] = list;
            _order.Add(action);
        }

        a.DispatchQueuedAt = _sim.Now;
        list.Add(a);
        if (!_tickScheduled)
        {
            _tickScheduled = true;
            long next = ((_sim.Now.Ticks / _interval.Ticks) + 1) * _interval.Ticks;
            _sim.ScheduleAt(new SimTime(next), Tick);
        }
    }

    private void Tick()
    {
        _tickScheduled = false;
        int memory = platform.Parameters.FaaSBatch.ContainerMemoryMb;
        foreach (string action in _order)
        {
            var batch = _pending[action];
            foreach (var a in batch)
            {
                a.DispatchWait += _sim.Now - a.DispatchQueuedAt;
            }

            Batches++;
            var invoker = ChooseInvoker(action);
            platform.Bus.Send(invoker, new RunRequest(action, memory, batch.ToArray(), 0, SimSpan.Zero));
        }

        _pending.Clear();
        _order.Clear();
    }

    private Invoker ChooseInvoker(string action)
    {
        Invoker? reuse = null;
        SimTime newest = SimTime.Zero;
        foreach (var invoker in platform.Invokers)
        {
            if (invoker.Pool.PeekIdle(action) is { } c && (reuse is null || c.LastUsed > newest))
            {
                reuse = invoker;
                newest = c.LastUsed;
            }
        }

        // A new container goes to the invoker with the most free pool memory among those whose pool can hold it at all.
        int memory = platform.Parameters.FaaSBatch.ContainerMemoryMb;
        return reuse ?? platform.Invokers.Where(i => i.Pool.CapacityMb - Invoker.StemCellsLeastMb(platform.Parameters.Invoker) >= memory).OrderByDescending(i => i.Pool.CapacityMb - i.Pool.UsedMb).ThenBy(i => i.Index).First();
    }
}
