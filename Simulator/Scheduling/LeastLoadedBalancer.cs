namespace Burstsim.Simulator.Scheduling;

/// <summary>For comparison: the invoker with the most free memory slots (lowest index on ties).</summary>
public sealed class LeastLoadedBalancer(IReadOnlyList<int> userMemoryMb, int controllers) : IInvokerBalancer
{
    private readonly MemorySlots _slots = new(userMemoryMb, controllers);

    public string Name => "least-loaded";

    public int Place(string ns, string fullyQualifiedAction, int memoryMb)
    {
        int best = _slots.UsableFrom(0);
        for (int i = 1; i < _slots.Count; i++)
        {
            if (_slots.IsUsable(i) && _slots.Free(i) > _slots.Free(best))
            {
                best = i;
            }
        }

        _slots.ForceAcquire(best, memoryMb);
        return best;
    }

    public void Release(int invoker, int memoryMb) => _slots.Release(invoker, memoryMb);

    public void SetUsable(int invoker, bool usable) => _slots.SetUsable(invoker, usable);
}
