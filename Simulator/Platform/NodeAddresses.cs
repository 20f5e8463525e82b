using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>The live state of an invoker's <see cref="NetworkAddressPool"/>; unlimited when the node has none.</summary>
internal sealed class NodeAddresses(Simulation sim, NetworkAddressPool? pool)
{
    private Queue<Action>? _waiting; // made when a container first waits: most of a large cluster's nodes never do
    private int _available = pool?.Ready ?? 0;
    private bool _attaching;

    public int Attachments { get; private set; }

    /// <summary>Runs <paramref name="granted"/> once an address is assigned (at once if one is ready).</summary>
    public void Acquire(Action granted)
    {
        if (pool is null)
        {
            granted();
            return;
        }

        if (_available > 0 && (_waiting is null || _waiting.Count == 0))
        {
            _available--;
            granted();
            return;
        }

        (_waiting ??= new()).Enqueue(granted);
        if (!_attaching)
        {
            _attaching = true;
            sim.Schedule(SimSpan.FromSeconds(pool.AttachS), Attached);
        }
    }

    public void Release()
    {
        if (pool is null)
        {
            return;
        }

        _available++;
        Serve();
    }

    private void Attached()
    {
        _attaching = false;
        Attachments++;
        _available += pool!.Block;
        Serve();
    }

    private void Serve()
    {
        while (_available > 0 && _waiting is { Count: > 0 })
        {
            _available--;
            _waiting.Dequeue()();
        }
    }
}
