namespace Burstsim.Simulator.Scheduling;

/// <summary>For comparison: the invoker with the most free memory slots (lowest index on ties) among those that can hold the container at all.</summary>
public sealed class LeastLoadedBalancer(IReadOnlyList<int> userMemoryMb, int controllers, IReadOnlyList<int>? poolRoomMb = null) : IInvokerBalancer
{
    private readonly MemorySlots _slots = new(userMemoryMb, controllers, poolRoomMb);

    public string Name => "least-loaded";

    public int Place(string ns, string fullyQualifiedAction, int memoryMb)
    {
        int best = -1;
        for (int i = 0; i < _slots.Count; i++)
        {
            if (_slots.Holds(i, memoryMb) && (best < 0 || _slots.Free(i) > _slots.Free(best)))
            {
                best = i;
            }
        }

        best = Math.Max(best, 0); // none holds it: the run's validation refuses such setups
        _slots.ForceAcquire(best, memoryMb);
        return best;
    }

    public void Release(int invoker, int memoryMb) => _slots.Release(invoker, memoryMb);
}
