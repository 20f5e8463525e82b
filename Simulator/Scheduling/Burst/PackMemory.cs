using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>
/// What a burst pack container is charged against its invoker's userMemory. Default (<see cref="BurstPackMemory.PerPack"/>):
/// Lithops' runtime_memory once for the whole pack, however many workers it holds. Evidence (docs/model.md, "Burst pack
/// memory"): the thesis rack ran 48-worker packs on invokers of userMemory 8192 MB with Lithops' default 256 MB, which
/// 48 x 256 = 12288 MB would not fit; and the lithops-burst README warns that the default 256 MB "maybe is not enough for
/// your burst of functions", which only matters if the pack's workers share that one container's memory. The burst fork's
/// own source (CLOUDLAB-URV/openwhisk-burst) was not readable to confirm it; <see cref="BurstPackMemory.PerWorker"/> keeps
/// the other reading selectable.
/// </summary>
internal static class PackMemory
{
    /// <summary>Memory (MB) one pack container of <paramref name="workers"/> workers takes from its invoker's pool.</summary>
    /// <param name="workers">Workers in the pack (at least 1).</param>
    /// <param name="runtimeMemoryMb">Lithops runtime_memory of the job, MB.</param>
    /// <param name="rule">How a pack is charged.</param>
    public static int ContainerMb(int workers, int runtimeMemoryMb, BurstPackMemory rule = BurstPackMemory.PerPack)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        return rule == BurstPackMemory.PerPack ? runtimeMemoryMb : workers * runtimeMemoryMb;
    }

    /// <summary>
    /// Workers each invoker can take now. Per worker: <see cref="BurstPlacement.Capacity"/>. Per pack: all its free CPUs
    /// when one container fits its free memory (heterogeneous and join: one container per invoker), and for packs of g as
    /// many packs as containers fit, min(free CPUs, containers x g).
    /// </summary>
    public static int[] Capacity(IReadOnlyList<int> freeCpus, IReadOnlyList<long> freeMemoryMb, int runtimeMemoryMb, BurstPackMemory rule, int? granularity, bool join)
    {
        ArgumentNullException.ThrowIfNull(freeCpus);
        ArgumentNullException.ThrowIfNull(freeMemoryMb);
        if (rule == BurstPackMemory.PerWorker)
        {
            return BurstPlacement.Capacity(freeCpus, freeMemoryMb, runtimeMemoryMb);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(runtimeMemoryMb, 1);
        var capacity = new int[freeCpus.Count];
        for (int i = 0; i < capacity.Length; i++)
        {
            long containers = freeMemoryMb[i] / runtimeMemoryMb;
            capacity[i] = containers <= 0 ? 0
                : granularity is { } g && !join ? (int)Math.Min(freeCpus[i], containers * g)
                : Math.Max(0, freeCpus[i]);
        }

        return capacity;
    }
}
