using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// Records container lives and exclusive-CPU holds as intervals, and sums them at the end of the run,
/// clipped to the last worker end (which is only known then). One entry per container and per pack.
/// </summary>
internal sealed class ResourceLedger
{
    private readonly List<(long Start, long End, int MemoryMb)> _containers = [];
    private readonly List<(long Start, long End, int Cpus)> _holds = [];
    private readonly Dictionary<Container, int> _open = new(ContainerIdentity.Instance);
    private readonly Dictionary<Container, int> _openHolds = new(ContainerIdentity.Instance);
    private readonly Dictionary<Container, long> _idleSince = new(ContainerIdentity.Instance);
    private readonly List<(long Start, long End, int MemoryMb)> _idleAfterLastEnd = [];
    private Int128 _idleMbTicks;
    private long _lastWorkerEnd;

    private long _billedMbMs;

    public long Requests { get; set; }

    /// <summary>
    /// An invocation ran from /run (<paramref name="start"/>) to its last worker end or its loss (<paramref name="end"/>):
    /// AWS Lambda bills its duration rounded up to the next millisecond x its memory ("rounding up duration to the
    /// nearest millisecond with no minimum execution time", AWS News Blog, "New for AWS Lambda - 1ms Billing
    /// Granularity Adds Cost Savings", Dec 2020; aws.amazon.com/lambda/pricing). Idle time between invocations is not billed.
    /// </summary>
    public void Invocation(SimTime start, SimTime end, int memoryMb)
    {
        const long ticksPerMs = SimTime.TicksPerSecond / 1000;
        long ticks = Math.Max(0, (end - start).Ticks);
        _billedMbMs += checked(((ticks + ticksPerMs - 1) / ticksPerMs) * memoryMb);
    }

    /// <summary>A container starts to exist (its memory is taken from the pool).</summary>
    public void ContainerCreated(Container container, SimTime now)
    {
        _open[container] = _containers.Count;
        _containers.Add((now.Ticks, long.MaxValue, container.MemoryMb));
    }

    /// <summary>A container is removed (idle removal, eviction, end of a pack, or its invoker crashed).</summary>
    public void ContainerRemoved(Container container, SimTime now)
    {
        ContainerTaken(container, now);
        if (_open.Remove(container, out int i))
        {
            _containers[i] = _containers[i] with { End = now.Ticks };
        }
    }

    /// <summary>A container went idle (Free: its request ended, or a prewarmed one finished loading); it stays idle while paused.</summary>
    public void ContainerIdle(Container container, SimTime now) => _idleSince[container] = now.Ticks;

    /// <summary>An idle container was taken by a request (or is being removed): its idle period ends now.</summary>
    /// <remarks>
    /// A period that ended by the latest worker end so far is summed at once (the usage window's end only grows); one
    /// that ended later is kept until a later worker end covers it or the run ends, so what is kept stays small.
    /// </remarks>
    public void ContainerTaken(Container container, SimTime now)
    {
        if (!_idleSince.Remove(container, out long start))
        {
            return;
        }

        if (now.Ticks <= _lastWorkerEnd)
        {
            _idleMbTicks += (Int128)(now.Ticks - start) * container.MemoryMb;
        }
        else
        {
            _idleAfterLastEnd.Add((start, now.Ticks, container.MemoryMb));
        }
    }

    /// <summary>A pack container takes <paramref name="cpus"/> CPUs exclusively.</summary>
    public void CpusHeld(Container container, int cpus, SimTime now)
    {
        _openHolds[container] = _holds.Count;
        _holds.Add((now.Ticks, long.MaxValue, cpus));
    }

    /// <summary>The pack's CPUs are free again.</summary>
    public void CpusFreed(Container container, SimTime now)
    {
        if (_openHolds.Remove(container, out int i))
        {
            _holds[i] = _holds[i] with { End = now.Ticks };
        }
    }

    /// <summary>An invoker crashed: its containers and CPU holds end now.</summary>
    public void InvokerCrashed(Invoker invoker, SimTime now)
    {
        foreach (var c in _open.Keys.Where(c => c.Invoker == invoker).ToList())
        {
            ContainerRemoved(c, now);
        }

        foreach (var c in _openHolds.Keys.Where(c => c.Invoker == invoker).ToList())
        {
            CpusFreed(c, now);
        }

        foreach (var c in _idleSince.Keys.Where(c => c.Invoker == invoker).ToList())
        {
            ContainerTaken(c, now);
        }
    }

    /// <summary>A worker ended (or was lost): the usage window reaches at least this far.</summary>
    public void WorkerEnded(SimTime at)
    {
        _lastWorkerEnd = Math.Max(_lastWorkerEnd, at.Ticks);
        if (_idleAfterLastEnd.Count >= 1024)
        {
            // Periods the window now covers whole are summed and let go.
            foreach (var (start, stop, memory) in _idleAfterLastEnd.Where(p => p.End <= _lastWorkerEnd))
            {
                _idleMbTicks += (Int128)(stop - start) * memory;
            }

            _idleAfterLastEnd.RemoveAll(p => p.End <= _lastWorkerEnd);
        }
    }

    public ResourceUsage Total()
    {
        long end = _lastWorkerEnd;
        double containerTicks = 0, memoryTicks = 0, cpuTicks = 0;
        foreach (var (start, stop, memory) in _containers)
        {
            long life = Math.Max(0, Math.Min(stop, end) - start);
            containerTicks += life;
            memoryTicks += (double)life * memory;
        }

        foreach (var (start, stop, cpus) in _holds)
        {
            cpuTicks += (double)Math.Max(0, Math.Min(stop, end) - start) * cpus;
        }

        // Idle memory, clipped to the window like the rest: periods still open at its end count up to it.
        Int128 idleTicks = _idleMbTicks;
        foreach (var (start, stop, memory) in _idleAfterLastEnd)
        {
            idleTicks += (Int128)Math.Max(0, Math.Min(stop, end) - start) * memory;
        }

        foreach (var (container, start) in _idleSince)
        {
            idleTicks += (Int128)Math.Max(0, end - start) * container.MemoryMb;
        }

        double perSecond = SimTime.TicksPerSecond;
        return new ResourceUsage(containerTicks / perSecond, memoryTicks / perSecond, cpuTicks / perSecond, Requests, end / perSecond)
        {
            IdleMemoryMbSeconds = (double)idleTicks / perSecond,
            BilledMbMilliseconds = _billedMbMs,
        };
    }
}
