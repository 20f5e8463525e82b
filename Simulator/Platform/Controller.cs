using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The OpenWhisk controller: request latency, namespace limits (HTTP 429), placement (a classic
/// balancer, the burst placement over its free-CPU inventory, or the FaaSBatch dispatcher), then
/// one bus message per activation, pack or batch.
/// </summary>
internal sealed class Controller
{
    private readonly OpenWhisk _platform;
    private readonly Simulation _sim;
    private readonly IInvokerBalancer? _balancer;
    private readonly int[] _inventory;
    private readonly Queue<PendingBurst> _waiting = new();
    private readonly Dictionary<string, int> _concurrent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<SimTime>> _lastMinute = new(StringComparer.Ordinal);
    private readonly long _clusterCpus;
    private long _freeCpus;

    public Controller(OpenWhisk platform, IInvokerBalancer? balancer)
    {
        _platform = platform;
        _sim = platform.Sim;
        _balancer = balancer;
        _inventory = platform.Invokers.Select(i => i.Spec.Cpus).ToArray();
        _clusterCpus = _freeCpus = _inventory.Sum(c => (long)c);
    }

    /// <summary>The controller's view of free CPUs per invoker (burst inventory).</summary>
    public IReadOnlyList<int> Inventory => _inventory;

    /// <summary>
    /// Every CPU is back in the inventory. Kept as a running total so the run's stop test costs
    /// nothing per idle invoker (no entry ever exceeds its invoker's CPUs, so equal totals mean equal entries).
    /// </summary>
    public bool InventoryFull => _freeCpus == _clusterCpus;

    public int WaitingBursts => _waiting.Count;

    private ControllerParameters P => _platform.Parameters.Controller;

    /// <summary>A classic (or FaaSBatch) call arrives over HTTP.</summary>
    public void Invoke(Activation a) => _sim.Schedule(SimSpan.FromSeconds(P.RequestLatencyS), () => Admit(a));

    /// <summary>A burst call arrives over HTTP carrying all its inputs.</summary>
    public void InvokeBurst(JobRun job, Activation[] activations) =>
        _sim.Schedule(SimSpan.FromSeconds(P.RequestLatencyS), () =>
        {
            _waiting.Enqueue(new PendingBurst(job, activations));
            PlaceBursts();
        });

    /// <summary>An invoker finished a request: completion acks travel back and free slots and limits.</summary>
    public void CompletionAcks(RunRequest request) =>
        _sim.Schedule(SimSpan.FromSeconds(_platform.Parameters.Invoker.CompletionAckS), () =>
        {
            foreach (var a in request.Activations)
            {
                if (a.SlotsHeld > 0)
                {
                    _balancer!.Release(a.Invoker!.Index, a.SlotsHeld);
                    a.SlotsHeld = 0;
                }

                if (a.Job.Policy.Kind != PolicyKind.Burst)
                {
                    _concurrent[a.Job.Request.Tenant]--;
                }
            }
        });

    /// <summary>A pack container ended: its invoker reports the freed CPUs after the report delay.</summary>
    public void CpusReleased(Invoker invoker, int cpus) =>
        _sim.Schedule(SimSpan.FromSeconds(P.InventoryReportDelayS), () =>
        {
            _inventory[invoker.Index] += cpus;
            _freeCpus += cpus;
            PlaceBursts();
        });

    private void Admit(Activation a)
    {
        string tenant = a.Job.Request.Tenant;
        if (Throttled(tenant))
        {
            _platform.Throttled++;
            _platform.Client.Throttled(a);
            return;
        }

        _concurrent[tenant] = _concurrent.GetValueOrDefault(tenant) + 1;
        _lastMinute[tenant].Enqueue(_sim.Now);
        _platform.Client.Accepted(a);
        if (a.Job.Policy.Kind == PolicyKind.FaaSBatch)
        {
            _platform.Batch!.Enqueue(a);
            return;
        }

        int memory = a.Job.Request.MemoryMb;
        int invoker = _balancer!.Place(tenant, a.Job.FullyQualifiedAction, memory);
        a.SlotsHeld = memory;
        _platform.Bus.Send(_platform.Invokers[invoker], new RunRequest(a.Job.FullyQualifiedAction, memory, [a], 0, SimSpan.Zero));
    }

    private bool Throttled(string tenant)
    {
        if (!_lastMinute.TryGetValue(tenant, out var window))
        {
            window = new Queue<SimTime>();
            _lastMinute[tenant] = window;
        }

        var horizon = _sim.Now - SimSpan.FromSeconds(60);
        while (window.Count > 0 && window.Peek() <= horizon)
        {
            window.Dequeue();
        }

        return _concurrent.GetValueOrDefault(tenant) >= P.ConcurrentLimit || window.Count >= P.PerMinuteLimit;
    }

    /// <summary>Bursts are placed first come, first served; the head blocks the rest while it waits (no overtaking).</summary>
    private void PlaceBursts()
    {
        while (_waiting.Count > 0)
        {
            var burst = _waiting.Peek();
            var policy = burst.Job.Policy;
            var packs = BurstPlacement.Place(_inventory, burst.Remaining, policy.Granularity, policy.Join, burst.NextWorker);
            bool fits = BurstPlacement.Workers(packs) == burst.Remaining;
            switch (_platform.Parameters.BurstNoFit)
            {
                case BurstNoFit.Wait when !fits:
                    return;
                case BurstNoFit.Reject when !fits:
                    _waiting.Dequeue();
                    _platform.Client.Rejected(burst.Job, $"burst rejected: needs {burst.Remaining} CPUs, the cluster has {_inventory.Sum()} free");
                    continue;
            }

            Launch(burst, packs);
            if (burst.Remaining > 0)
            {
                return; // partial: the rest waits for CPUs
            }

            _waiting.Dequeue();
        }
    }

    private void Launch(PendingBurst burst, IReadOnlyList<PackPlacement> packs)
    {
        var job = burst.Job;
        var fork = SimSpan.FromSeconds(_platform.Parameters.Runtime.ForkDelayS);
        foreach (var pack in packs)
        {
            _inventory[pack.Invoker] -= pack.Workers;
            _freeCpus -= pack.Workers;
            var workers = new ArraySegment<Activation>(burst.Activations, pack.FirstWorker, pack.Workers);
            var request = new RunRequest(job.FullyQualifiedAction, job.Request.MemoryMb * pack.Workers, workers, pack.Workers, fork);
            _platform.Layout.Add(new BurstPackRecord(job.Request.JobId, _platform.Invokers[pack.Invoker].Name, pack.FirstWorker, pack.LastWorker, request));
            _platform.Bus.Send(_platform.Invokers[pack.Invoker], request);
        }

        burst.NextWorker += BurstPlacement.Workers(packs);
    }
}
