namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>For comparison: invokers in turn, ignoring load (memory is still accounted), skipping invokers too small to ever hold the container.</summary>
internal sealed class RoundRobinBalancer(IReadOnlyList<int> userMemoryMb, int controllers, IReadOnlyList<int>? poolRoomMb = null) : IInvokerBalancer
{
    private readonly MemorySlots _slots = new(userMemoryMb, controllers, poolRoomMb);
    private int _next;

    /// <summary>The balancer's name, as in <c>classic:NAME</c>.</summary>
    public string Name => "round-robin";

    /// <inheritdoc/>
    public int Place(ActivationInfo activation)
    {
        int memoryMb = activation.MemoryMb;
        int chosen = _next;
        for (int tries = 0; tries < _slots.Count && !_slots.Holds(chosen, memoryMb); tries++)
        {
            chosen = (chosen + 1) % _slots.Count;
        }

        _next = (chosen + 1) % _slots.Count;
        _slots.ForceAcquire(chosen, memoryMb);
        return chosen;
    }

    /// <inheritdoc/>
    public void Release(int invoker, ActivationInfo activation) => _slots.Release(invoker, activation.MemoryMb);

    /// <inheritdoc/>
    public void SetUsable(int invoker, bool usable) => _slots.SetUsable(invoker, usable);
}
