using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The burst fork's placement state: the free CPUs and free memory (MB) of every invoker as the
/// invokers last reported them, and the bursts waiting first come, first served. A worker needs one
/// CPU and the job's memory, so an invoker holds min(free CPUs, free memory / memory per worker)
/// workers. One inventory serves every controller (the invokers report to all of them).
/// </summary>
internal sealed class BurstScheduler
{
    private readonly OpenWhisk _platform;
    private readonly int[] _cpus;
    private readonly long[] _memoryMb;
    private readonly Queue<PendingBurst> _waiting = new();
    private readonly HashSet<int> _offline = [];
    private long _packsOut;

    public BurstScheduler(OpenWhisk platform)
    {
        _platform = platform;
        _cpus = platform.Invokers.Select(i => i.Spec.Cpus).ToArray();
        _memoryMb = platform.Invokers.Select(i => BaselineMemoryMb(i.Spec, platform.Parameters.Invoker)).ToArray();
        FullMemoryMb = [.. _memoryMb];
    }

    /// <summary>
    /// Memory (MB) burst packs may use on an invoker: userMemory less the most the stem cells ever hold there (the
    /// invoker's pool counts them), so the inventory never promises memory the pool does not have.
    /// </summary>
    public static long BaselineMemoryMb(InvokerSpec spec, InvokerParameters invoker) =>
        Math.Max(0, (long)spec.UserMemoryMb - Invoker.StemCellsMostMb(invoker));

    /// <summary>The inventory's free memory per invoker when no pack runs.</summary>
    public IReadOnlyList<long> FullMemoryMb { get; }

    /// <summary>Free CPUs per invoker.</summary>
    public IReadOnlyList<int> Cpus => _cpus;

    /// <summary>Free user memory per invoker in MB (burst packs only: classic containers do not run in a burst run).</summary>
    public IReadOnlyList<long> MemoryMb => _memoryMb;

    public int Waiting => _waiting.Count;

    /// <summary>
    /// Every launched pack's CPUs and memory are back (each release returns exactly what its launch took).
    /// A count, so the run's stop test costs nothing per idle invoker.
    /// </summary>
    public bool Full => _packsOut == 0;

    public void Enqueue(PendingBurst burst)
    {
        _waiting.Enqueue(burst);
        Place();
    }

    /// <summary>An invoker's report of a finished pack's CPUs and memory reached the controller.</summary>
    public void Released(int invoker, int cpus, int memoryMb)
    {
        _packsOut--;
        if (_offline.Contains(invoker))
        {
            return; // an offline invoker offers nothing
        }

        _cpus[invoker] += cpus;
        _memoryMb[invoker] += memoryMb;
        Place();
    }

    /// <summary>Whether the invoker is still online (not taken Offline after a crash).</summary>
    public bool IsOnline(int invoker) => !_offline.Contains(invoker);

    /// <summary>
    /// No ping for the health timeout: the invoker is Offline (OpenWhisk InvokerActor) and offers nothing.
    /// A waiting burst larger than what is left of the cluster would wait forever: its workers fail.
    /// </summary>
    public void Offline(int invoker)
    {
        _offline.Add(invoker);
        _cpus[invoker] = 0;
        _memoryMb[invoker] = 0;
        int left = _platform.Invokers.Where(i => IsOnline(i.Index)).Sum(i => i.Spec.Cpus);
        var keep = _waiting.Where(b => b.Remaining <= left).ToList();
        foreach (var burst in _waiting.Where(b => b.Remaining > left).ToList())
        {
            var never = burst.Take(burst.NextWorker, burst.Remaining).ToList();
            never.ForEach(a => a.MarkLost(_platform.Sim.Now));
            never.ForEach(a => _platform.Client.AttemptFailed(a, ActivationStatus.Failed));
            burst.Job.Failed += never.Count;
        }

        _waiting.Clear();
        keep.ForEach(_waiting.Enqueue);
    }

    /// <summary>Burst workers lost to a fault, as the controller learns of them: placed again (a new pending burst) or failed.</summary>
    public void WorkersLost(JobRun job, IReadOnlyList<Activation> lost)
    {
        if (lost.Count == 0)
        {
            return;
        }

        bool rerun = _platform.Parameters.Recovery.BurstOnCrash == Faults.BurstOnCrash.Rerun;
        foreach (var a in lost)
        {
            _platform.Client.AttemptFailed(a, rerun ? ActivationStatus.Retried : ActivationStatus.Failed);
        }

        if (!rerun)
        {
            job.Failed += lost.Count;
            return;
        }

        Enqueue(new PendingBurst(job, [.. lost.Select(job.NextAttempt)]));
    }

    /// <summary>A pack whose message was lost: the CPUs and memory held for it come back when its ack times out.</summary>
    public void Forgotten(int invoker, int cpus, int memoryMb) => Released(invoker, cpus, memoryMb);

    /// <summary>Bursts are placed first come, first served; the head blocks the rest while it waits (no overtaking).</summary>
    private void Place()
    {
        while (_waiting.Count > 0)
        {
            var burst = _waiting.Peek();
            var policy = burst.Job.Policy;
            var capacity = PackMemory.Capacity(_cpus, _memoryMb, burst.Job.Request.MemoryMb, _platform.Parameters.BurstPackMemory, policy.Granularity, policy.Join);
            var packs = BurstPlacement.Place(capacity, burst.Remaining, policy.Granularity, policy.Join, burst.NextWorker);
            bool fits = BurstPlacement.Workers(packs) == burst.Remaining;
            switch (_platform.Parameters.BurstNoFit)
            {
                case BurstNoFit.Wait when !fits:
                    return;
                case BurstNoFit.Reject when !fits:
                    _waiting.Dequeue();
                    _platform.Client.Rejected(burst.Job, RejectionReason(burst, capacity));
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

    /// <summary>
    /// Says why a burst does not fit: on the empty cluster (no invoker holds a pack, or too few CPUs or
    /// too little memory in all) it never could; otherwise the cluster is busy right now.
    /// </summary>
    private string RejectionReason(PendingBurst burst, int[] capacityNow)
    {
        var request = burst.Job.Request;
        var policy = burst.Job.Policy;
        var specs = _platform.Invokers.Select(i => i.Spec).ToArray();
        var empty = PackMemory.Capacity(specs.Select(s => s.Cpus).ToArray(), FullMemoryMb, request.MemoryMb, _platform.Parameters.BurstPackMemory, policy.Granularity, policy.Join);
        int placeable = BurstPlacement.Workers(BurstPlacement.Place(empty, burst.Remaining, policy.Granularity, policy.Join));
        string packs = policy.Granularity is { } g ? $" in packs of {g}" : string.Empty;
        string need = $"burst rejected: {burst.Remaining} workers{packs} x {request.MemoryMb} MB";
        if (placeable < burst.Remaining)
        {
            if (policy.Granularity is { } size && empty.Max() < Math.Min(size, burst.Remaining))
            {
                return $"{need} can never run: no invoker holds a pack of {Math.Min(size, burst.Remaining)} CPUs x {request.MemoryMb} MB " +
                       $"(largest holds {empty.Max()} workers); use a smaller granularity or larger invokers";
            }

            return $"{need} can never run: the empty cluster holds {placeable} of them " +
                   $"({specs.Sum(s => s.Cpus)} CPUs, at most {empty.Sum()} workers by CPUs and memory)";
        }

        return $"{need} does not fit now: the busy cluster has room for {BurstPlacement.Workers(BurstPlacement.Place(capacityNow, burst.Remaining, policy.Granularity, policy.Join))} " +
               $"({_cpus.Sum()} CPUs free, {capacityNow.Sum()} workers by CPUs and memory)";
    }

    private void Launch(PendingBurst burst, IReadOnlyList<PackPlacement> packs)
    {
        var job = burst.Job;
        var fork = SimSpan.FromSeconds(_platform.Parameters.Runtime.ForkDelayS.MedianS); // marks a pack; the runtime draws each gap
        foreach (var pack in packs)
        {
            // Each pack its own array of activations: a finished pack's workers can be freed while others run.
            var request = new RunRequest(job.FullyQualifiedAction, PackMemory.ContainerMb(pack.Workers, job.Request.MemoryMb, _platform.Parameters.BurstPackMemory), burst.Take(pack.FirstWorker, pack.Workers), pack.Workers, fork)
            {
                KeepWarm = _platform.Parameters.WarmBursts,
            };
            _cpus[pack.Invoker] -= pack.Workers;
            _memoryMb[pack.Invoker] -= request.MemoryMb;
            _platform.Ledger.Requests++;
            _packsOut++;
            _platform.Layout.Add(new BurstPackRecord(job.Request.JobId, _platform.Invokers[pack.Invoker].Name, pack.FirstWorker, pack.LastWorker, request));
            _platform.Bus.Send(_platform.Invokers[pack.Invoker], request);
        }

        burst.NextWorker += BurstPlacement.Workers(packs);
    }
}
