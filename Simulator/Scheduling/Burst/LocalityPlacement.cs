namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>
/// The burst fork's placement: invokers that hold the most workers first, each filled before the next (locality);
/// heterogeneous (no granularity: one container per invoker, as large as it holds) or homogeneous packs of g, optionally
/// joined per invoker. See <see cref="BurstPlacement"/> and <see cref="PackMemory"/>.
/// </summary>
/// <param name="Granularity">Workers per pack; null for heterogeneous.</param>
/// <param name="Join">Merge the packs on one invoker into one container.</param>
internal sealed record LocalityPlacement(int? Granularity, bool Join) : IPackPlacement
{
    /// <inheritdoc/>
    public IReadOnlyList<PackPlacement> Place(BurstRequest burst, IReadOnlyList<int> freeCpus, IReadOnlyList<long> freeMemoryMb)
    {
        var capacity = PackMemory.Capacity(freeCpus, freeMemoryMb, burst.MemoryMb, burst.PackMemory, Granularity, Join);
        return BurstPlacement.Place(capacity, burst.Workers, Granularity, Join, burst.FirstWorker);
    }
}
