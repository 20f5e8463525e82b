namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>For comparison: the invoker with the most free memory slots (lowest index on ties) among those that can hold the container at all.</summary>
internal sealed class LeastLoadedBalancer(IReadOnlyList<int> userMemoryMb, int controllers, IReadOnlyList<int>? poolRoomMb = null) : IInvokerBalancer
{
    private readonly MemorySlots _slots = new(userMemoryMb, controllers, poolRoomMb);

    /// <summary>The balancer's name, as in <c>classic:NAME</c>.</summary>
    public string Name => "least-loaded";

    /// <inheritdoc/>
    public int Place(ActivationInfo activation)
    {
        int memoryMb = activation.MemoryMb;
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

    /// <inheritdoc/>
    public void Release(int invoker, ActivationInfo activation) => _slots.Release(invoker, activation.MemoryMb);

    /// <inheritdoc/>
    public void SetUsable(int invoker, bool usable) => _slots.SetUsable(invoker, usable);
}
