namespace Burstsim.Simulator.Network;

/// <summary>
/// One aggregated transfer of a collective (a worker's pipe writes, a container's publish or consume, a storage
/// PUT or GET): it waits for the tasks it depends on, then its latency, then moves its bytes as one fair-shared flow.
/// </summary>
internal sealed class TransferTask(string name, IReadOnlyList<Link> path, double capBytesPerS, double latencyS)
{
    private readonly List<TransferTask> _dependents = [];
    private readonly List<Action> _whenDone = [];
    private int _waitingFor;

    public string Name { get; } = name;

    public IReadOnlyList<Link> Path { get; } = path;

    /// <summary>The stream's own limit, bytes/s (infinity for none).</summary>
    public double CapBytesPerS { get; } = capBytesPerS;

    /// <summary>Delay before the first byte moves, s (message or request latency).</summary>
    public double LatencyS { get; set; } = latencyS;

    /// <summary>Bytes to move.</summary>
    public double Bytes { get; set; }

    public bool Done { get; private set; }

    /// <summary>This task starts only after <paramref name="before"/> is done.</summary>
    public void After(TransferTask before)
    {
        ArgumentNullException.ThrowIfNull(before);
        if (!before._dependents.Contains(this))
        {
            before._dependents.Add(this);
            _waitingFor++;
        }
    }

    /// <summary>Runs <paramref name="action"/> when the task is done.</summary>
    public void WhenDone(Action action) => _whenDone.Add(action);

    /// <summary>Starts the task if nothing holds it back (called once for every task of a step).</summary>
    internal void Release(ExchangeRun run)
    {
        if (_waitingFor == 0)
        {
            run.Launch(this);
        }
    }

    internal void Complete(ExchangeRun run)
    {
        Done = true;
        foreach (var next in _dependents)
        {
            if (--next._waitingFor == 0)
            {
                run.Launch(next);
            }
        }

        foreach (var action in _whenDone)
        {
            action();
        }
    }
}
