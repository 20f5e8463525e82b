using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The live state of an invoker's <see cref="NetworkAddressPool"/>; unlimited when the node has none.
/// ipamd's loop (amazon-vpc-cni-k8s ipamd.go StartNodeIPPoolManager) is: sleep half the monitor interval, check the
/// pool and attach one block if fewer than the warm target are ready (the attachment runs inside the loop), sleep the
/// other half, reconcile. So its checks fall on a grid <see cref="NetworkAddressPool.MonitorS"/> apart whose phase is
/// the node's (drawn once per node from stream <c>ipamd.INDEX</c>), and after an attachment the next check comes one
/// interval after it ends. Checks are simulated only while the pool is below the warm target (a node that never gets
/// there schedules nothing).
/// </summary>
internal sealed class NodeAddresses(Simulation sim, NetworkAddressPool? pool, Func<Random>? phaseSource = null)
{
    private Queue<Action>? _waiting; // made when a container first waits: most of a large cluster's nodes never do
    private int _available = pool?.Ready ?? 0;
    private bool _attaching;
    private bool _checkScheduled;
    private double? _gridOriginS; // a time (s) at which ipamd checks the pool; the others lie MonitorS apart from it

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
        }
        else
        {
            (_waiting ??= new()).Enqueue(granted);
        }

        ScheduleCheckIfLow();
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

    /// <summary>Below the warm target: ipamd acts at its next check (unless one is pending or it is attaching).</summary>
    private void ScheduleCheckIfLow()
    {
        if (_attaching || _checkScheduled || !IsLow)
        {
            return;
        }

        double now = sim.Now.Seconds;
        double origin = _gridOriginS ??= (phaseSource?.Invoke().NextDouble() ?? 0.0) * pool!.MonitorS;
        double next = now <= origin ? origin : origin + (Math.Ceiling((now - origin) / pool!.MonitorS) * pool.MonitorS);
        _checkScheduled = true;
        sim.ScheduleAt(SimTime.FromSeconds(Math.Max(now, next)), Check);
    }

    /// <summary>ipamd.go isDatastorePoolTooLow: fewer unassigned addresses than WARM_ENI_TARGET blocks, or none at all when the target is 0.</summary>
    private bool IsLow => _available < pool!.WarmBlocks * pool.Block || (pool.WarmBlocks == 0 && _available == 0);

    private void Check()
    {
        _checkScheduled = false;
        if (!IsLow)
        {
            return;
        }

        _attaching = true;
        sim.Schedule(SimSpan.FromSeconds(pool!.AttachS), Attached);
    }

    private void Attached()
    {
        _attaching = false;
        Attachments++;
        _available += pool!.Block;
        _gridOriginS = sim.Now.Seconds + pool.MonitorS; // the loop's next check: one interval after the attachment
        Serve();
        ScheduleCheckIfLow();
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
