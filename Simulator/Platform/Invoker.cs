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
    private int _outstanding;

    public Invoker(OpenWhisk platform, int index, InvokerSpec spec)
    {
        _platform = platform;
        Index = index;
        Spec = spec;
        var p = platform.Parameters.Invoker;
        Addresses = new NodeAddresses(platform.Sim, spec.Addresses);
        Docker = new Docker(platform.Sim, p.DockerParallelRuns, SimSpan.FromSeconds(p.DockerRunSerialS), SimSpan.FromSeconds(p.DockerRunStartS), SimSpan.FromSeconds(p.DockerPullS), Addresses);
        Cpu = new CpuScheduler(platform.Sim, spec.Cpus);
        Pool = new ContainerPool(this, spec.UserMemoryMb);
        _maxPeek = Math.Max(1, spec.UserMemoryMb / platform.Parameters.Bus.MaxPeekMemoryUnitMb);
    }

    public int Index { get; }
    public InvokerSpec Spec { get; }
    public string Name => Spec.Name;
    public Docker Docker { get; }
    public NodeAddresses Addresses { get; }
    public CpuScheduler Cpu { get; }
    public ContainerPool Pool { get; }

    /// <summary>A message arrives from the bus.</summary>
    public void Receive(RunRequest request)
    {
        _topic.Enqueue(request);
        Feed();
    }

    public void StartWarm(RunRequest request, Container container)
    {
        container.Generation++;
        bool paused = container.State == ContainerState.Paused;
        container.State = ContainerState.Busy;
        Assign(request, container, cold: false);
        var unpause = paused ? SimSpan.FromSeconds(_platform.Parameters.Invoker.UnpauseS) : SimSpan.Zero;
        _platform.Sim.Schedule(unpause, () => _platform.Runtime.Execute(request, container));
    }

    public void StartCold(RunRequest request)
    {
        var container = new Container(_platform.NextContainerId(), this, request.Action, request.MemoryMb)
        {
            Batch = request.Activations[0].Job.Policy.Kind == Scheduling.PolicyKind.FaaSBatch,
        };
        Assign(request, container, cold: true);
        if (request.ExclusiveCpus > 0)
        {
            Cpu.HoldExclusive(request.ExclusiveCpus);
        }

        var p = _platform.Parameters;
        SimTime begun = _platform.Sim.Now;
        bool pull = p.Invoker.PullBeforeRun ?? ImagePolicy.PullsBeforeRun(p.Runtime.Image);
        Docker.Run(pull, () =>
            _platform.Sim.Schedule(SimSpan.FromSeconds(p.Invoker.InitS), () =>
            {
                container.State = ContainerState.Busy;
                var created = _platform.Sim.Now - begun;
                foreach (var a in request.Activations)
                {
                    a.ColdStartTime = created;
                }

                _platform.Runtime.Execute(request, container);
            }));
    }

    /// <summary>Every worker of the container's request has ended.</summary>
    public void Finished(RunRequest request, Container container)
    {
        _outstanding--;
        _platform.Controller.CompletionAcks(request);
        container.Current = null;
        if (request.Disposable)
        {
            Remove(container, evicted: false);
            if (request.ExclusiveCpus > 0)
            {
                Cpu.ReleaseExclusive(request.ExclusiveCpus);
                _platform.Controller.CpusReleased(this, request.ExclusiveCpus);
            }
        }
        else
        {
            container.State = ContainerState.Free;
            container.LastUsed = _platform.Sim.Now;
            ScheduleIdleTimers(container);
            Pool.Released(container);
        }

        Feed();
    }

    public void Remove(Container container, bool evicted)
    {
        container.State = ContainerState.Removed;
        container.Generation++;
        Addresses.Release();
        Pool.Removed(container, retryBuffer: !evicted);
    }

    private void Assign(RunRequest request, Container container, bool cold)
    {
        container.Current = request;
        container.RunningWorkers = request.Activations.Count;
        var now = _platform.Sim.Now;
        foreach (var a in request.Activations)
        {
            a.Container = container;
            a.ColdStart = cold;
            a.QueueTime += now - request.ReceivedAt;
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
    /// Pause after the grace period, remove after the idle timeout. One timer per container at most:
    /// when it fires it checks how long the container has really been idle and re-arms if it was reused,
    /// so a container reused a million times does not leave a million timers in the queue.
    /// </summary>
    private void ScheduleIdleTimers(Container container)
    {
        if (!container.TimerArmed)
        {
            container.TimerArmed = true;
            _platform.Sim.Schedule(SimSpan.FromSeconds(_platform.Parameters.Invoker.PauseGraceS), () => IdleTimer(container));
        }
    }

    private void IdleTimer(Container container)
    {
        container.TimerArmed = false;
        if (!container.Idle)
        {
            return; // busy again (its next release re-arms) or already removed
        }

        var p = _platform.Parameters.Invoker;
        var now = _platform.Sim.Now;
        var pauseAt = container.LastUsed + SimSpan.FromSeconds(p.PauseGraceS);
        var removeAt = RemovalTime(container);
        if (now >= removeAt)
        {
            Remove(container, evicted: false);
            return;
        }

        if (now >= pauseAt && container.State == ContainerState.Free)
        {
            container.State = ContainerState.Paused;
        }

        container.TimerArmed = true;
        _platform.Sim.ScheduleAt(now >= pauseAt ? removeAt : pauseAt, () => IdleTimer(container));
    }

    /// <summary>
    /// OpenWhisk removes an idle container after the idle timeout. FaaSBatch's own pool keeps a container for
    /// its keep time and removes expired ones in a cleanup pass every cleanup period, so removal waits for the next pass.
    /// </summary>
    private SimTime RemovalTime(Container container)
    {
        if (!container.Batch)
        {
            return container.LastUsed + SimSpan.FromSeconds(_platform.Parameters.Invoker.IdleTimeoutS);
        }

        var fb = _platform.Parameters.FaaSBatch;
        long expires = (container.LastUsed + SimSpan.FromSeconds(fb.KeepTimeS)).Ticks;
        long period = Math.Max(1, SimSpan.FromSeconds(fb.CleanupPeriodS).Ticks);
        return new SimTime(((expires + period - 1) / period) * period);
    }
}
