using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// An OpenWhisk invoker: consumes its topic (at most maxPeek requests outstanding), runs them in
/// its container pool, creates containers through its Docker daemon, and owns its CPUs.
/// </summary>
internal sealed class Invoker
{
    private readonly OpenWhisk _platform;
    private readonly Queue<RunRequest> _topic = new();
    private readonly int _maxPeek;
    private HashSet<RunRequest>? _inflight; // only with faults (see Receive); a large cluster's invokers need none otherwise
    private int _outstanding;

    public Invoker(OpenWhisk platform, int index, InvokerSpec spec)
    {
        _platform = platform;
        Index = index;
        Spec = spec;
        var p = platform.Parameters.Invoker;
        Addresses = new NodeAddresses(platform.Sim, spec.Addresses, () => platform.Streams.Open(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ipamd.{index}")));
        var images = new ImageStore(p.ImageCachedAtStart, platform.Parameters.Runtime.ImageSizeMb, p.RegistryMbPerS, checkIsFree: p.DockerPullS.MedianS == 0);
        Docker = new Docker(platform.Sim, p.DockerParallelRuns > 0 ? p.DockerParallelRuns : int.MaxValue, platform.Latencies, Addresses, images);
        Cpu = new CpuScheduler(platform.Sim, spec.Cpus);
        Pool = new ContainerPool(this, spec.UserMemoryMb);
        var stem = platform.Parameters.Invoker;
        if (stem.StemCells > stem.StemCellsMin && StemCellsExpireAtS(stem) > 0)
        {
            platform.Sim.ScheduleAt(SimTime.FromSeconds(StemCellsExpireAtS(stem)), Pool.RoomGrew);
        }
        _maxPeek = Math.Max(1, spec.UserMemoryMb / platform.Parameters.Bus.MaxPeekMemoryUnitMb);
    }

    public int Index { get; }
    public InvokerSpec Spec { get; }
    public string Name => Spec.Name;
    public Docker Docker { get; }
    public NodeAddresses Addresses { get; }
    public CpuScheduler Cpu { get; }
    public ContainerPool Pool { get; }

    /// <summary>The run's eviction policy; null: least recently used.</summary>
    public Scheduling.Lifecycle.IEvictionPolicy? Eviction => _platform.Eviction;

    /// <summary>The run's keep-alive policy, told of each request that reaches the pool.</summary>
    public Scheduling.Lifecycle.IKeepAlivePolicy KeepAlive => _platform.KeepAlive;

    /// <summary>The simulation clock's current instant.</summary>
    public SimTime Now => _platform.Sim.Now;

    /// <summary>Memory (MB) the prewarmed stem cells hold in the pool now: the initial ones until the expiry check that removes them (<see cref="StemCellsExpireAtS"/>), then the minimum.</summary>
    /// <remarks>The most they ever hold, <see cref="StemCellsMostMb"/>, is what burst placement keeps clear of; the least, <see cref="StemCellsLeastMb"/>, bounds what can ever run.</remarks>
    public int StemCellsMb
    {
        get
        {
            var p = _platform.Parameters.Invoker;
            int cells = _platform.Sim.Now.Seconds < StemCellsExpireAtS(p) ? p.StemCells : Math.Min(p.StemCells, p.StemCellsMin);
            return cells * p.StemCellMemoryMb;
        }
    }

    /// <summary>
    /// When (s into the run) the initial stem cells are removed and only the minimum stays: at the first expiry check
    /// (every <see cref="Parameters.InvokerParameters.StemCellCheckS"/> from the invoker's start) that finds them past
    /// their ttl, less the invoker's uptime; at or below 0 when that happened before the run. ContainerPool.scala
    /// removeExpired runs only on the scheduled check; increasePrewarms then backfills to the reactive minCount (no
    /// cold start of the stem cells' kind: Lithops actions are blackbox).
    /// </summary>
    public static double StemCellsExpireAtS(Parameters.InvokerParameters p)
    {
        double period = p.StemCellCheckS > 0 ? p.StemCellCheckS : p.StemCellTtlS;
        double firstCheck = period > 0 ? Math.Max(1, Math.Ceiling(p.StemCellTtlS / period)) * period : 0;
        return firstCheck - p.UptimeS;
    }

    /// <summary>The most memory (MB) stem cells hold on an invoker during a run (the minimum when they expired before it).</summary>
    public static int StemCellsMostMb(Parameters.InvokerParameters p) =>
        StemCellsExpireAtS(p) > 0
            ? Math.Max(0, Math.Max(p.StemCells, Math.Min(p.StemCells, p.StemCellsMin))) * p.StemCellMemoryMb
            : StemCellsLeastMb(p);

    /// <summary>The least memory (MB) stem cells hold on an invoker during a run (after their ttl).</summary>
    public static int StemCellsLeastMb(Parameters.InvokerParameters p) => Math.Max(0, Math.Min(p.StemCells, p.StemCellsMin)) * p.StemCellMemoryMb;

    /// <summary>Idle containers paused so far (after each idle period longer than the pause grace).</summary>
    public long Pauses { get; private set; }

    /// <summary>Paused containers resumed for a request so far (each paid the unpause).</summary>
    public long Unpauses { get; private set; }

    /// <summary>The invoker crashed (fault injection): it takes no more work and its events do nothing.</summary>
    public bool Down { get; private set; }

    /// <summary>Messages received from the bus so far; with <see cref="LastBusSequence"/> it shows the topic's order was kept.</summary>
    public long Received { get; private set; }

    /// <summary>Topic position of the last message received (-1 before the first).</summary>
    public long LastBusSequence { get; private set; } = -1;

    /// <summary>A message arrives from the bus.</summary>
    public void Receive(RunRequest request)
    {
        if (Down)
        {
            _platform.Faults!.ArrivedAtDownInvoker(this, request);
            return;
        }

        if (_platform.Faults is not null)
        {
            (_inflight ??= []).Add(request); // only tracked when faults can strike: a crash must know what it loses
        }

        Received++;
        LastBusSequence = request.BusSequence;
        _topic.Enqueue(request);
        Feed();
    }

    public void StartWarm(RunRequest request, Container container)
    {
        container.Generation++;
        _platform.Ledger.ContainerTaken(container, _platform.Sim.Now);
        bool paused = container.State == ContainerState.Paused;
        container.State = ContainerState.Busy;
        Assign(request, container, cold: false);
        HoldPackCpus(request, container);
        var unpause = paused ? _platform.Latencies.Unpause.Next() : SimSpan.Zero;
        Unpauses += paused ? 1 : 0;
        _platform.Sim.Schedule(unpause, () => _platform.Runtime.Execute(request, container));
    }

    public void StartCold(RunRequest request)
    {
        var container = new Container(_platform.NextContainerId(), this, request.Action, request.MemoryMb)
        {
            PackCpus = request.ExclusiveCpus,
        };
        Assign(request, container, cold: true);
        _platform.Ledger.ContainerCreated(container, _platform.Sim.Now);
        HoldPackCpus(request, container);

        Load(started =>
        {
            if (_platform.Faults?.StartFails() == true)
            {
                StartFailed(request, container);
                return;
            }

            container.State = ContainerState.Busy;
            request.ColdStartTime = started;
            container.ColdStart = started;
            _platform.Runtime.Execute(request, container);
        });
    }

    /// <summary>Every worker of the container's request has ended.</summary>
    public void Finished(RunRequest request, Container container)
    {
        _outstanding--;
        _inflight?.Remove(request);
        _platform.CompletionAcks(request);
        container.Current = null;
        if (request.Disposable || request.TimedOut)
        {
            // A timed-out /run is an unsuccessful activation: OpenWhisk's ContainerProxy destroys its container.
            Remove(container, evicted: false);
            ReleasePackCpus(request, container);
        }
        else
        {
            // A warm pack gives its CPUs back now; its memory stays in the pool, evictable like any idle container.
            ReleasePackCpus(request, container);
            container.State = ContainerState.Free;
            container.LastUsed = _platform.Sim.Now;
            _platform.Ledger.ContainerIdle(container, _platform.Sim.Now);
            container.RemoveAt = KeepUntil(container);
            ScheduleIdleTimers(container);
            Pool.Released(container);
        }

        Feed();
    }

    public void Remove(Container container, bool evicted)
    {
        container.State = ContainerState.Removed;
        container.Generation++;
        _platform.Ledger.ContainerRemoved(container, _platform.Sim.Now);
        Addresses.Release();
        Pool.Removed(container, retryBuffer: !evicted);
    }

    /// <summary>
    /// The invoker dies: every request it received and has not finished is lost, with the workers still
    /// running in it (ended workers keep their results); containers and CPU holds end now.
    /// </summary>
    public List<RunRequest> Crash()
    {
        Down = true;
        var lost = _inflight?.ToList() ?? [];
        _inflight?.Clear();
        _topic.Clear();
        Cpu.Halt();
        _platform.Ledger.InvokerCrashed(this, _platform.Sim.Now);
        return lost;
    }

    /// <summary>docker run or /init failed: the container goes, its CPUs and memory come back, and the error ack reaches the controller.</summary>
    private void StartFailed(RunRequest request, Container container)
    {
        _outstanding--;
        _inflight?.Remove(request);
        container.Current = null;
        Remove(container, evicted: false);
        ReleasePackCpus(request, container);

        request.StartFailed = true; // a whisk error: it counts against the invoker's health
        _platform.CompletionAcks(request);
        _platform.Faults!.StartFailed(this, request);
        Feed();
    }

    /// <summary>A burst pack holds its CPUs exclusively while its workers run (cold or warm container).</summary>
    private void HoldPackCpus(RunRequest request, Container container)
    {
        if (request.ExclusiveCpus > 0)
        {
            Cpu.HoldExclusive(request.ExclusiveCpus);
            _platform.Ledger.CpusHeld(container, request.ExclusiveCpus, _platform.Sim.Now);
        }
    }

    /// <summary>A burst pack's CPUs and memory go back to the controller's inventory (after the report delay).</summary>
    private void ReleasePackCpus(RunRequest request, Container container)
    {
        if (request.ExclusiveCpus > 0)
        {
            Cpu.ReleaseExclusive(request.ExclusiveCpus);
            _platform.Ledger.CpusFreed(container, _platform.Sim.Now);
            _platform.PackReleased(this, request.ExclusiveCpus, request.MemoryMb);
        }
    }

    private void Assign(RunRequest request, Container container, bool cold)
    {
        container.Current = request;
        container.Uses++;
        container.RunningWorkers = request.Activations.Count;
        // Per request, not per activation: a pack's workers share them (see Activation.Request).
        request.Container = container;
        request.ColdStart = cold;
        request.BufferTime = _platform.Sim.Now - request.ReceivedAt;
        foreach (var a in request.Activations)
        {
            a.Request = request;
        }
    }

    private void Feed()
    {
        while (_outstanding < _maxPeek && _topic.Count > 0)
        {
            var request = _topic.Dequeue();
            _outstanding++;
            request.ReceivedAt = _platform.Sim.Now;
            Pool.Run(request);
        }
    }

    /// <summary>
    /// Loads a container of <paramref name="action"/> ahead of its next call (a prewarm policy's decision), if the pool has
    /// the memory free now (a speculative load evicts nothing); it then waits idle for <paramref name="keepFor"/>.
    /// </summary>
    public void Prewarm(string action, int memoryMb, SimSpan keepFor)
    {
        if (Down || !Pool.TryReserve(memoryMb))
        {
            return;
        }

        var container = new Container(_platform.NextContainerId(), this, action, memoryMb);
        _platform.Ledger.ContainerCreated(container, _platform.Sim.Now);
        Load(started =>
        {
            container.ColdStart = started;
            container.State = ContainerState.Free;
            container.LastUsed = _platform.Sim.Now;
            _platform.Ledger.ContainerIdle(container, _platform.Sim.Now);
            container.RemoveAt = _platform.Sim.Now + keepFor;
            ScheduleIdleTimers(container);
            Pool.Released(container);
        });
    }

    /// <summary>
    /// Makes a container: docker run (pulling first as the container factory's rule says, at most parallel-runs at once), then
    /// /init; <paramref name="ready"/> gets the time it took, unless the invoker died meanwhile.
    /// </summary>
    private void Load(Action<SimSpan> ready)
    {
        var p = _platform.Parameters;
        SimTime begun = _platform.Sim.Now;
        var rule = ImagePolicy.Rule(p.Invoker.ContainerFactory, p.Runtime.Image, p.Invoker.PullBeforeRun);
        Docker.Run(rule, p.Runtime.Image, () =>
            _platform.Sim.Schedule(_platform.Latencies.Init.Next(), () =>
            {
                if (!Down)
                {
                    ready(_platform.Sim.Now - begun);
                }
            }));
    }

    /// <summary>When an idle container's keep-alive ends: the run's keep-alive policy decides from now (it just went idle).</summary>
    private SimTime KeepUntil(Container container)
    {
        var keep = _platform.KeepAlive.KeepAlive(container.View());
        return keep.Ticks < 0
            ? throw new Scheduling.PolicyDecisionException(_platform.KeepAlive.GetType(), $"the keep-alive policy returned a negative keep-alive ({keep}) for {container.Name}")
            : new SimTime(container.LastUsed.Ticks + Math.Min(keep.Ticks, (long.MaxValue / 2) - container.LastUsed.Ticks)); // "forever" without overflow
    }

    /// <summary>
    /// Pause after the grace period, remove when the keep-alive ends: OpenWhisk's ContainerProxy goes Ready -> Pausing ->
    /// Paused after every idle period longer than the pause grace (its Ready state's stateTimeout = pauseGrace), so a
    /// container reused after each such period is paused and unpaused each time. One timer per container at most while
    /// it is reused within the grace: when it fires it checks how long the container has really been idle and re-arms, so
    /// a container reused a million times does not leave a million timers in the queue. A timer due later than the new
    /// pause (the removal check armed after a pause) is superseded by an earlier one.
    /// </summary>
    private void ScheduleIdleTimers(Container container)
    {
        var pauseAt = container.LastUsed + SimSpan.FromSeconds(_platform.Parameters.Invoker.PauseGraceS);
        var due = SimTime.Min(pauseAt, container.RemoveAt);
        if (container.TimerAt is { } armed && armed <= due)
        {
            return; // it fires first and re-arms from the container's real idle time
        }

        ArmIdleTimer(container, due);
    }

    private void ArmIdleTimer(Container container, SimTime at)
    {
        long token = ++container.TimerToken;
        container.TimerAt = at;
        _platform.Sim.ScheduleAt(at, () => IdleTimer(container, token));
    }

    private void IdleTimer(Container container, long token)
    {
        if (token != container.TimerToken)
        {
            return; // superseded by an earlier timer
        }

        container.TimerAt = null;
        if (Down)
        {
            return;
        }

        if (!container.Idle)
        {
            return; // busy again (its next release re-arms) or already removed
        }

        var p = _platform.Parameters.Invoker;
        var now = _platform.Sim.Now;
        var pauseAt = container.LastUsed + SimSpan.FromSeconds(p.PauseGraceS);
        var removeAt = container.RemoveAt;
        if (now >= removeAt)
        {
            var view = container.View();
            Remove(container, evicted: false);
            if (_platform.Prewarm?.AfterRemoval(view) is { } prewarm)
            {
                _platform.Sim.Schedule(prewarm.After, () => Prewarm(view.Action, view.MemoryMb, prewarm.KeepFor));
            }

            return;
        }

        if (now >= pauseAt && container.State == ContainerState.Free)
        {
            container.State = ContainerState.Paused;
            Pauses++;
        }

        ArmIdleTimer(container, now >= pauseAt ? removeAt : SimTime.Min(pauseAt, removeAt));
    }
}
