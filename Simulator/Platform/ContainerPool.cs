namespace Burstsim.Simulator.Platform;

/// <summary>
/// An invoker's memory-bounded container pool (OpenWhisk ContainerPool). A request takes, in order:
/// a free warm container of the same action (most recently used first), else a new container if
/// memory allows, else a new one after evicting idle containers least recently used first; else
/// it waits in a FIFO buffer, and only the buffer's head is retried when capacity frees.
/// </summary>
internal sealed class ContainerPool(Invoker invoker, int capacityMb)
{
    private Dictionary<string, List<Container>>? _idleByAction; // made at the first warm container: burst packs' containers never are
    private readonly List<Container> _idle = []; // eviction candidates: every idle container once, and busy or removed ones until pruned
    private readonly Queue<RunRequest> _buffer = new();

    public int CapacityMb { get; } = capacityMb;

    public int UsedMb { get; private set; }

    /// <summary>What containers may use: userMemory less the prewarmed stem cells (OpenWhisk counts them; they are never evicted for an action).</summary>
    private int Room => CapacityMb - invoker.StemCellsMb;

    public int Buffered => _buffer.Count;

    /// <summary>Memory (MB) of idle containers: evictable, so a new container can always claim it (OpenWhisk's pool removes idle ones to make room).</summary>
    public int IdleMb => _idle.Where(c => c.Idle).Distinct().Sum(c => c.MemoryMb);

    public int Containers { get; private set; }

    /// <summary>A request arrives from the message feed.</summary>
    public void Run(RunRequest request)
    {
        invoker.KeepAlive.Invoked(request.Action, invoker.Now);
        if (_buffer.Count > 0 || !TryStart(request))
        {
            _buffer.Enqueue(request);
        }
    }

    /// <summary>The most recently used idle container of an action, if any (FaaSBatch's LIFO reuse looks here).</summary>
    public Container? PeekIdle(string action)
    {
        if (_idleByAction is null || !_idleByAction.TryGetValue(action, out var stack))
        {
            return null;
        }

        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Idle)
            {
                return stack[i];
            }
        }

        return null;
    }

    /// <summary>A container became idle: it joins its action's LIFO stack, then the buffer's head is retried.</summary>
    public void Released(Container container)
    {
        _idleByAction ??= new(StringComparer.Ordinal);
        if (!_idleByAction.TryGetValue(container.Action, out var stack))
        {
            stack = [];
            _idleByAction[container.Action] = stack;
        }

        stack.Add(container);
        if (!container.ListedIdle)
        {
            // Still listed from an earlier release (no prune since it was taken): it keeps its place. Listing it once per
            // release let a container reused a million times fill the list with copies, each prune scanning them all.
            if (_idle.Count > (2 * Containers) + 16)
            {
                PruneIdle(); // keep the list from growing with containers that were taken or removed
            }

            _idle.Add(container);
            container.ListedIdle = true;
        }

        RetryBuffer();
    }

    /// <summary>Drops the listed containers that are no longer idle (taken again, or removed).</summary>
    private void PruneIdle() => _idle.RemoveAll(static c =>
    {
        if (c.Idle)
        {
            return false;
        }

        c.ListedIdle = false;
        return true;
    });

    /// <summary>A container left the pool (idle removal, eviction, or a disposable container's end).</summary>
    public void Removed(Container container, bool retryBuffer = true)
    {
        UsedMb -= container.MemoryMb;
        Containers--;
        if (retryBuffer)
        {
            RetryBuffer();
        }
    }

    /// <summary>Takes <paramref name="memoryMb"/> for a prewarmed container if it fits now without evicting anything.</summary>
    public bool TryReserve(int memoryMb)
    {
        if (_buffer.Count > 0 || UsedMb + memoryMb > Room)
        {
            return false; // requests waiting for memory come first
        }

        UsedMb += memoryMb;
        Containers++;
        return true;
    }

    /// <summary>Stem cells expired and left room: the buffer's head may fit now (without this wake-up it waited forever).</summary>
    public void RoomGrew() => RetryBuffer();

    private void RetryBuffer()
    {
        while (_buffer.Count > 0 && TryStart(_buffer.Peek()))
        {
            _buffer.Dequeue();
        }
    }

    private bool TryStart(RunRequest request)
    {
        if (!request.Disposable && TakeWarm(request) is { } warm)
        {
            invoker.StartWarm(request, warm);
            return true;
        }

        if (UsedMb + request.MemoryMb > Room && !Evict(request.MemoryMb))
        {
            return false;
        }

        UsedMb += request.MemoryMb;
        Containers++;
        invoker.StartCold(request);
        return true;
    }

    private Container? TakeWarm(RunRequest request)
    {
        if (_idleByAction is null || !_idleByAction.TryGetValue(request.Action, out var stack))
        {
            return null;
        }

        while (stack.Count > 0)
        {
            var c = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (c.Idle && c.MemoryMb == request.MemoryMb && c.PackCpus == request.ExclusiveCpus)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Removes idle containers, least recently used first, until <paramref name="memoryMb"/> fits; false if it cannot.</summary>
    private bool Evict(int memoryMb)
    {
        PruneIdle();
        var candidates = _idle.ToList(); // each idle container once (see Released); the orders below are total
        int reclaimable = candidates.Sum(c => c.MemoryMb);
        int room = Room;
        if (UsedMb - reclaimable + memoryMb > room)
        {
            return false;
        }

        var policy = invoker.Eviction;
        var order = policy is null
            ? candidates.OrderBy(c => c.LastUsed).ThenBy(c => c.Id)
            : candidates.Select(c => (Container: c, Priority: policy.Priority(c.View()))).OrderBy(p => p.Priority).ThenBy(p => p.Container.Id).Select(p => p.Container);
        foreach (var victim in order.ToList())
        {
            if (UsedMb + memoryMb <= room)
            {
                break;
            }

            var view = victim.View();
            invoker.Remove(victim, evicted: true);
            policy?.Evicted(view);
        }

        return UsedMb + memoryMb <= room;
    }
}
