using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>
/// The burst fork's placement state: the free CPUs and free memory (MB) of every invoker as the
/// invokers last reported them, and the bursts waiting first come, first served. A worker needs one
/// CPU and the job's memory, so an invoker holds min(free CPUs, free memory / memory per worker)
/// workers. One inventory serves every controller (the invokers report to all of them).
/// </summary>
internal sealed class BurstScheduler : IInvokerInventory
{
    private readonly IControllerPorts _platform;
    private readonly InvokerInfo[] _invokers;
    private readonly int[] _cpus;
    private readonly long[] _memoryMb;
    private readonly Queue<PendingBurst> _waiting = new();
    private readonly HashSet<int> _offline = [];
    private readonly HashSet<int> _unhealthy = [];
    private int _usable;
    private int[]? _healthyCpus; // the free CPUs placement sees while some invoker is Unhealthy (0 there)
    private long _packsOut;
    private int[]? _takenCpus; // CheckPacks' per-invoker sums, kept between placements so checking allocates nothing
    private long[]? _takenMemoryMb;

    public BurstScheduler(IControllerPorts platform, ClusterSpec cluster)
    {
        _platform = platform;
        _invokers = PolicyContexts.InvokerInfos(cluster, platform.Parameters.Invoker);
        _cpus = cluster.Invokers.Select(i => i.Cpus).ToArray();
        _memoryMb = cluster.Invokers.Select(i => BaselineMemoryMb(i, platform.Parameters.Invoker)).ToArray();
        FullMemoryMb = [.. _memoryMb];
        _usable = _cpus.Length;
    }

    /// <summary>The run's burst placement (set by the burst launch path; other runs place no bursts).</summary>
    public IPackPlacement? Placement { get; set; }

    /// <inheritdoc/>
    public IReadOnlyList<InvokerInfo> Invokers => _invokers;

    /// <inheritdoc/>
    public IReadOnlyList<int> FreeCpus => _cpus;

    /// <inheritdoc/>
    public IReadOnlyList<long> FreeMemoryMb => _memoryMb;

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
        if (_offline.Count > 0 && NeverFits(burst) is { } reason)
        {
            FailWaiting(burst, reason); // the cluster lost invokers: waiting would never end
            return;
        }

        _waiting.Enqueue(burst);
        Place();
    }

    /// <summary>
    /// Why <paramref name="burst"/>'s remaining workers can never be placed on the invokers still online (each as empty
    /// as it can get), or null when they can: under burst_no_fit wait the whole rest must fit at once; under partial,
    /// at least one pack must. Same placement as the run's, on the online invokers' full CPUs and memory.
    /// </summary>
    private string? NeverFits(PendingBurst burst)
    {
        if (Placement is not { } placement)
        {
            return null;
        }

        var request = burst.Job.Request;
        var rule = _platform.Parameters.BurstPackMemory;
        // Only crashed invokers are gone for good; an unhealthy one (taken out by InvokerSupervision) may come back.
        int[] cpus = [.. _invokers.Select(i => IsDown(i.Index) ? 0 : i.Cpus)];
        long[] memory = [.. FullMemoryMb.Select((mb, i) => IsDown(i) ? 0 : mb)];
        int placeable = BurstPlacement.Workers(placement.Place(new BurstRequest(burst.Remaining, 0, request.MemoryMb, rule), cpus, memory));
        bool partial = _platform.Parameters.BurstNoFit == BurstNoFit.Partial;
        if (partial ? placeable > 0 : placeable >= burst.Remaining)
        {
            return null;
        }

        string packs = placement.Granularity is { } g ? $" in packs of {g}" : string.Empty;
        return $"{burst.Remaining} burst workers{packs} x {request.MemoryMb} MB can never run on the invokers still online " +
               $"({_offline.Count} offline; {cpus.Sum()} CPUs left, room for {placeable} of them): they fail";
    }

    /// <summary>The remaining workers of a burst that can never be placed fail now; the reason goes to the run's errors.</summary>
    private void FailWaiting(PendingBurst burst, string reason)
    {
        var never = burst.Take(burst.NextWorker, burst.Remaining);
        foreach (var a in never)
        {
            a.MarkLost(_platform.Sim.Now);
            _platform.AttemptFailed(a, ActivationStatus.Failed);
        }

        burst.Job.Failed += never.Length;
        burst.NextWorker = burst.Workers;
        var job = burst.Job.Request;
        _platform.GaveUp($"job {job.JobId} ({job.Tenant}/{job.Function}): {reason}");
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

    /// <summary>Whether the invoker gets work: not Offline after a crash, nor Unhealthy or Unresponsive (InvokerSupervision).</summary>
    public bool IsOnline(int invoker) => !_offline.Contains(invoker) && !_unhealthy.Contains(invoker);

    /// <summary>Whether the invoker was taken Offline (crashed): it offers nothing for the rest of the run.</summary>
    public bool IsDown(int invoker) => _offline.Contains(invoker);

    /// <summary>Some invoker is usable; with none the controller answers HTTP 503 ("No invokers available").</summary>
    public bool AnyUsable => _usable > 0;

    /// <summary>The invoker's health changed (InvokerSupervision): an unhealthy one gets no packs until it is Healthy again.</summary>
    public void SetHealthy(int invoker, bool healthy)
    {
        bool before = IsOnline(invoker);
        if (healthy)
        {
            _unhealthy.Remove(invoker);
        }
        else
        {
            _unhealthy.Add(invoker);
        }

        _usable += (IsOnline(invoker) ? 1 : 0) - (before ? 1 : 0);
        if (healthy)
        {
            Place(); // waiting bursts may fit now
        }
    }

    /// <summary>
    /// No ping for the health timeout: the invoker is Offline (OpenWhisk InvokerActor) and offers nothing.
    /// A waiting burst larger than what is left of the cluster would wait forever: its workers fail.
    /// </summary>
    public void Offline(int invoker)
    {
        _usable -= IsOnline(invoker) ? 1 : 0;
        _offline.Add(invoker);
        _cpus[invoker] = 0;
        _memoryMb[invoker] = 0;
        var waiting = _waiting.ToList();
        _waiting.Clear();
        foreach (var burst in waiting)
        {
            if (NeverFits(burst) is { } reason)
            {
                FailWaiting(burst, reason);
            }
            else
            {
                _waiting.Enqueue(burst);
            }
        }

        Place();
    }

    /// <summary>Burst workers lost to a fault, as the controller learns of them: placed again (a new pending burst) or failed.</summary>
    public void WorkersLost(JobRun job, IReadOnlyList<Activation> lost)
    {
        if (lost.Count == 0)
        {
            return;
        }

        // A worker is re-run while its attempt number is below recovery.retries, Lithops' retry bound (at most retries + 1
        // attempts per function, as for classic calls); beyond it, or under burst_on_crash fail, it fails.
        var recovery = _platform.Parameters.Recovery;
        bool rerun = recovery.BurstOnCrash == Faults.BurstOnCrash.Rerun;
        var again = new List<Activation>(lost.Count);
        foreach (var a in lost)
        {
            bool retry = rerun && a.Attempt < recovery.Retries;
            _platform.AttemptFailed(a, retry ? ActivationStatus.Retried : ActivationStatus.Failed);
            if (retry)
            {
                again.Add(job.NextAttempt(a));
            }
            else
            {
                job.Failed++;
            }
        }

        if (again.Count > 0)
        {
            Enqueue(new PendingBurst(job, [.. again]));
        }
    }

    /// <summary>A pack whose message was lost: the CPUs and memory held for it come back when its ack times out.</summary>
    public void Forgotten(int invoker, int cpus, int memoryMb) => Released(invoker, cpus, memoryMb);

    /// <summary>Free CPUs as placement sees them: an Unhealthy or Unresponsive invoker offers none (its own CPUs are kept for when it recovers).</summary>
    private int[] PlacementCpus()
    {
        if (_unhealthy.Count == 0)
        {
            return _cpus;
        }

        _healthyCpus ??= new int[_cpus.Length];
        for (int i = 0; i < _cpus.Length; i++)
        {
            _healthyCpus[i] = _unhealthy.Contains(i) ? 0 : _cpus[i];
        }

        return _healthyCpus;
    }

    /// <summary>Bursts are placed first come, first served; the head blocks the rest while it waits (no overtaking).</summary>
    private void Place()
    {
        while (_waiting.Count > 0)
        {
            var burst = _waiting.Peek();
            var placement = Placement ?? throw new InvalidOperationException("a burst reached the controller of a run without a burst placement");
            var packs = placement.Place(new BurstRequest(burst.Remaining, burst.NextWorker, burst.Job.Request.MemoryMb, _platform.Parameters.BurstPackMemory), PlacementCpus(), _memoryMb);
            int placed = CheckPacks(packs, burst);
            bool fits = placed == burst.Remaining;
            switch (_platform.Parameters.BurstNoFit)
            {
                case BurstNoFit.Wait when !fits:
                    return;
                case BurstNoFit.Reject when !fits:
                    _waiting.Dequeue();
                    _platform.Rejected(burst.Job, RejectionReason(burst, placement));
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
    private string RejectionReason(PendingBurst burst, IPackPlacement placement)
    {
        var request = burst.Job.Request;
        var rule = _platform.Parameters.BurstPackMemory;
        int[] fullCpus = [.. _invokers.Select(i => i.Cpus)];
        var empty = PackMemory.Capacity(fullCpus, FullMemoryMb, request.MemoryMb, rule, placement.Granularity, placement.Join);
        int placeable = BurstPlacement.Workers(placement.Place(new BurstRequest(burst.Remaining, 0, request.MemoryMb, rule), fullCpus, FullMemoryMb));
        string packs = placement.Granularity is { } g ? $" in packs of {g}" : string.Empty;
        string need = $"burst rejected: {burst.Remaining} workers{packs} x {request.MemoryMb} MB";
        if (placeable < burst.Remaining)
        {
            if (placement.Granularity is { } size && empty.Max() < Math.Min(size, burst.Remaining))
            {
                return $"{need} can never run: no invoker holds a pack of {Math.Min(size, burst.Remaining)} CPUs x {request.MemoryMb} MB " +
                       $"(largest holds {empty.Max()} workers); use a smaller granularity or larger invokers";
            }

            return $"{need} can never run: the empty cluster holds {placeable} of them " +
                   $"({fullCpus.Sum()} CPUs, at most {empty.Sum()} workers by CPUs and memory)";
        }

        var capacityNow = PackMemory.Capacity(_cpus, _memoryMb, request.MemoryMb, rule, placement.Granularity, placement.Join);
        int fitsNow = BurstPlacement.Workers(placement.Place(new BurstRequest(burst.Remaining, 0, request.MemoryMb, rule), _cpus, _memoryMb));
        return $"{need} does not fit now: the busy cluster has room for {fitsNow} " +
               $"({_cpus.Sum()} CPUs free, {capacityNow.Sum()} workers by CPUs and memory)";
    }

    /// <summary>
    /// A placement's packs must name online invokers with the CPUs and memory free, cover consecutive workers from the next
    /// unplaced one, and no more than remain: a placement that breaks this is a fault of the policy, caught here before
    /// the inventory goes wrong.
    /// </summary>
    private int CheckPacks(IReadOnlyList<PackPlacement> packs, PendingBurst burst)
    {
        int next = burst.NextWorker;
        int placed = 0;
        _takenCpus ??= new int[_cpus.Length];
        _takenMemoryMb ??= new long[_cpus.Length];
        try
        {
            foreach (var pack in packs)
            {
                int i = pack.Invoker;
                if ((uint)i >= (uint)_cpus.Length || pack.Workers < 1 || pack.FirstWorker != next)
                {
                    throw new PolicyDecisionException(Placement!.GetType(), $"the burst placement returned {pack}: packs must name invokers 0..{_cpus.Length - 1}, hold at least one worker and follow each other from worker {burst.NextWorker}");
                }

                _takenCpus[i] += pack.Workers;
                _takenMemoryMb[i] += PackMemory.ContainerMb(pack.Workers, burst.Job.Request.MemoryMb, _platform.Parameters.BurstPackMemory);
                if (_takenCpus[i] > _cpus[i] || _takenMemoryMb[i] > _memoryMb[i] || !IsOnline(i))
                {
                    throw new PolicyDecisionException(Placement!.GetType(), $"the burst placement put {_takenCpus[i]} workers ({_takenMemoryMb[i]} MB) on invoker {i}, which has {_cpus[i]} free CPUs and {_memoryMb[i]} MB{(IsOnline(i) ? string.Empty : " and is offline")}");
                }

                next += pack.Workers;
                placed += pack.Workers;
            }
        }
        finally
        {
            // Only the entries the packs touched are non-zero: clear those (a placement is small next to the cluster).
            foreach (var pack in packs)
            {
                if ((uint)pack.Invoker < (uint)_cpus.Length)
                {
                    _takenCpus[pack.Invoker] = 0;
                    _takenMemoryMb[pack.Invoker] = 0;
                }
            }
        }

        return placed <= burst.Remaining ? placed : throw new PolicyDecisionException(Placement!.GetType(), $"the burst placement placed {placed} workers, but {burst.Remaining} remain");
    }

    private void Launch(PendingBurst burst, IReadOnlyList<PackPlacement> packs)
    {
        var job = burst.Job;
        var fork = SimSpan.FromSeconds(_platform.Parameters.Runtime.ForkDelayS.MedianS); // marks a pack; the runtime draws each gap
        // Every pack message is prepared before the first is published (ControllerParameters.PackMessageS).
        var prepared = SimSpan.FromSeconds(_platform.Parameters.Controller.PackMessageS * packs.Count);
        foreach (var pack in packs)
        {
            // Each pack its own array of activations: a finished pack's workers can be freed while others run.
            var request = new RunRequest(job.FullyQualifiedAction, PackMemory.ContainerMb(pack.Workers, job.Request.MemoryMb, _platform.Parameters.BurstPackMemory), burst.Take(pack.FirstWorker, pack.Workers), pack.Workers, fork)
            {
                KeepWarm = _platform.Parameters.WarmBursts,
            };
            _cpus[pack.Invoker] -= pack.Workers;
            _memoryMb[pack.Invoker] -= request.MemoryMb;
            _platform.CountRequest();
            _packsOut++;
            _platform.PackLaunched(new BurstPackRecord(job.Request.JobId, _invokers[pack.Invoker].Name, pack.FirstWorker, pack.LastWorker, request));
            if (prepared == SimSpan.Zero)
            {
                _platform.Send(pack.Invoker, request);
            }
            else
            {
                int invoker = pack.Invoker;
                _platform.Sim.Schedule(prepared, () => _platform.Send(invoker, request));
            }
        }

        burst.NextWorker += BurstPlacement.Workers(packs);
    }
}
