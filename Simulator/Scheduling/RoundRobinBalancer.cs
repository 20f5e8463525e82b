namespace Burstsim.Simulator.Scheduling;

/// <summary>For comparison: invokers in turn, ignoring load (memory is still accounted).</summary>
public sealed class RoundRobinBalancer(IReadOnlyList<int> userMemoryMb, int controllers) : IInvokerBalancer
{
    private readonly MemorySlots _slots = new(userMemoryMb, controllers);
    private int _next;

    public string Name => "round-robin";

    public int Place(string ns, string fullyQualifiedAction, int memoryMb)
    {
        int chosen = _slots.UsableFrom(_next);
        _next = (_next + 1) % _slots.Count;
        _slots.ForceAcquire(chosen, memoryMb);
        return chosen;
    }

    public void Release(int invoker, int memoryMb) => _slots.Release(invoker, memoryMb);

    public void SetUsable(int invoker, bool usable) => _slots.SetUsable(invoker, usable);
}
