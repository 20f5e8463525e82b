using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Scheduling.FaaSBatch;

/// <summary>
/// FaaSBatch: invocations wait for the next dispatch tick (every interval on the simulation clock);
/// at a tick, each function's pending invocations form one batch that runs in one container. The
/// container is the function's most recently used idle one anywhere in the cluster (LIFO reuse),
/// otherwise a new one on the invoker with the most free pool memory.
/// </summary>
internal sealed class FaaSBatchDispatcher(IControllerPorts platform, IBatchingPolicy batching)
{
    private readonly Simulation _sim = platform.Sim;
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
            var next = batching.NextDispatch(_sim.Now);
            if (next <= _sim.Now)
            {
                throw new PolicyDecisionException(batching.GetType(), $"the batching policy's next dispatch {next} is not after now ({_sim.Now})");
            }

            _sim.ScheduleAt(next, Tick);
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
            platform.Send(ChooseInvoker(action), new RunRequest(action, memory, batch.ToArray(), 0, SimSpan.Zero));
        }

        _pending.Clear();
        _order.Clear();
    }

    private int ChooseInvoker(string action)
    {
        int reuse = -1;
        SimTime newest = SimTime.Zero;
        for (int i = 0; i < platform.InvokerCount; i++)
        {
            if (platform.NewestIdle(i, action) is { } idle && (reuse < 0 || idle > newest))
            {
                reuse = i;
                newest = idle;
            }
        }

        if (reuse >= 0)
        {
            return reuse;
        }

        // A new container goes to the invoker with the most free pool memory among those whose pool can hold it at all.
        int memory = platform.Parameters.FaaSBatch.ContainerMemoryMb;
        int least = Invoker.StemCellsLeastMb(platform.Parameters.Invoker);
        int best = -1;
        for (int i = 0; i < platform.InvokerCount; i++)
        {
            if (platform.PoolCapacityMb(i) - least >= memory && (best < 0 || platform.PoolFreeMb(i) > platform.PoolFreeMb(best)))
            {
                best = i;
            }
        }

        return best >= 0 ? best : throw new InvalidOperationException($"no invoker's pool holds a FaaSBatch container of {memory} MB (the run's check should have refused it)");
    }
}
