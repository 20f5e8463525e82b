namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>For comparison: a uniformly random invoker, among those that can hold the container, from the balancer's own stream.</summary>
internal sealed class RandomBalancer(IReadOnlyList<int> userMemoryMb, int controllers, Random random, IReadOnlyList<int>? poolRoomMb = null) : IInvokerBalancer
{
    private readonly MemorySlots _slots = new(userMemoryMb, controllers, poolRoomMb);

    /// <summary>The balancer's name, as in <c>classic:NAME</c>.</summary>
    public string Name => "random";

    /// <inheritdoc/>
    public int Place(ActivationInfo activation)
    {
        int memoryMb = activation.MemoryMb;
        int[] holders = [.. Enumerable.Range(0, _slots.Count).Where(i => _slots.Holds(i, memoryMb))];
        int chosen = holders.Length == 0 ? random.Next(_slots.Count) : holders[random.Next(holders.Length)];
        _slots.ForceAcquire(chosen, memoryMb);
        return chosen;
    }

    /// <inheritdoc/>
    public void Release(int invoker, ActivationInfo activation) => _slots.Release(invoker, activation.MemoryMb);

    /// <inheritdoc/>
    public void SetUsable(int invoker, bool usable) => _slots.SetUsable(invoker, usable);
}
