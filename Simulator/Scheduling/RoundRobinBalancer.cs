namespace Burstsim.Simulator.Scheduling;

/// <summary>For comparison: invokers in turn, ignoring load (memory is still accounted), skipping invokers too small to ever hold the container.</summary>
public sealed class RoundRobinBalancer(IReadOnlyList<int> userMemoryMb, int controllers, IReadOnlyList<int>? poolRoomMb = null) : IInvokerBalancer
{
    private readonly MemorySlots _slots = new(userMemoryMb, controllers, poolRoomMb);
    private int _next;

    public string Name => "round-robin";

    public int Place(string ns, string fullyQualifiedAction, int memoryMb)
    {
        int chosen = _next;
        for (int tries = 0; tries < _slots.Count && !_slots.Holds(chosen, memoryMb); tries++)
        {
            chosen = (chosen + 1) % _slots.Count;
        }

        _next = (chosen + 1) % _slots.Count;
        _slots.ForceAcquire(chosen, memoryMb);
        return chosen;
    }

    public void Release(int invoker, int memoryMb) => _slots.Release(invoker, memoryMb);
}
