namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// What a burst pack container is charged against its invoker's userMemory: Lithops' runtime_memory once
/// for the whole pack, however many workers it holds. Evidence (docs/model.md, "Burst pack memory"): the
/// thesis rack ran 48-worker packs on invokers of userMemory 8192 MB with Lithops' default 256 MB, which
/// 48 x 256 = 12288 MB would not fit; and the lithops-burst README warns that the default 256 MB "may not be
/// enough for your burst of functions", which only matters if the pack's workers share that one container's
/// memory. The burst fork's own source (CLOUDLAB-URV/openwhisk-burst) was not readable to confirm it.
/// </summary>
public static class PackMemory
{
    /// <summary>Memory (MB) one pack container of <paramref name="workers"/> workers takes from its invoker's pool.</summary>
    /// <param name="workers">Workers in the pack (at least 1).</param>
    /// <param name="runtimeMemoryMb">Lithops runtime_memory of the job, MB.</param>
    public static int ContainerMb(int workers, int runtimeMemoryMb)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        return runtimeMemoryMb;
    }
}
