namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>
/// The burst fork's placement over the controller's inventory, given as the workers each invoker can
/// take now (<see cref="Capacity"/>: free CPUs, capped by free memory). Invokers that hold the most
/// workers come first and one is filled before the next (locality).
/// Heterogeneous (no granularity): one container per invoker, as large as it holds.
/// Homogeneous g: packs of g workers (the last may be smaller), as many per invoker as fit.
/// Join: the packs that land on one invoker merged into one container.
/// Pure: it reads <paramref name="freeCpus"/> and returns packs; the caller reserves the CPUs.
/// </summary>
internal static class BurstPlacement
{
    /// <summary>
    /// Workers each invoker can take: one CPU each and <paramref name="memoryPerWorkerMb"/> MB each, so
    /// min(free CPUs, free memory / memory per worker). A pack that fits the CPUs but not the memory would
    /// wait in the invoker's container pool while another invoker idles.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="memoryPerWorkerMb"/> is below 1.</exception>
    public static int[] Capacity(IReadOnlyList<int> freeCpus, IReadOnlyList<long> freeMemoryMb, int memoryPerWorkerMb)
    {
        ArgumentNullException.ThrowIfNull(freeCpus);
        ArgumentNullException.ThrowIfNull(freeMemoryMb);
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryPerWorkerMb, 1);
        if (freeCpus.Count != freeMemoryMb.Count)
        {
            throw new ArgumentException("one free-memory entry per invoker is needed", nameof(freeMemoryMb));
        }

        var capacity = new int[freeCpus.Count];
        for (int i = 0; i < capacity.Length; i++)
        {
            capacity[i] = (int)Math.Max(0, Math.Min(freeCpus[i], freeMemoryMb[i] / memoryPerWorkerMb));
        }

        return capacity;
    }

    /// <summary>
    /// Places up to <paramref name="workers"/> workers numbered from <paramref name="firstWorker"/> on invokers
    /// that can take <paramref name="freeCpus"/>[i] workers each (free CPUs, or <see cref="Capacity"/> when memory
    /// also binds); returns the packs (possibly covering fewer workers if the cluster is short).
    /// </summary>
    public static IReadOnlyList<PackPlacement> Place(IReadOnlyList<int> freeCpus, int workers, int? granularity, bool join, int firstWorker = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workers);
        if (granularity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Granularity must be at least 1.");
        }

        var order = Enumerable.Range(0, freeCpus.Count).OrderByDescending(i => freeCpus[i]).ThenBy(i => i).ToArray();
        var packs = new List<PackPlacement>();
        int next = firstWorker;
        int remaining = workers;
        foreach (int invoker in order)
        {
            if (remaining == 0)
            {
                break;
            }

            int free = freeCpus[invoker];
            var onThis = new List<PackPlacement>();
            if (granularity is not { } g)
            {
                int take = Math.Min(free, remaining);
                if (take > 0)
                {
                    onThis.Add(new PackPlacement(invoker, next, take));
                }
            }
            else
            {
                int offset = 0;
                while (remaining - offset > 0 && free >= Math.Min(g, remaining - offset))
                {
                    int size = Math.Min(g, remaining - offset);
                    onThis.Add(new PackPlacement(invoker, next + offset, size));
                    offset += size;
                    free -= size;
                }
            }

            int placed = onThis.Sum(p => p.Workers);
            if (placed == 0)
            {
                continue;
            }

            if (join && onThis.Count > 1)
            {
                onThis = [new PackPlacement(invoker, next, placed)];
            }

            packs.AddRange(onThis);
            next += placed;
            remaining -= placed;
        }

        return packs;
    }

    /// <summary>Workers covered by <paramref name="packs"/>.</summary>
    public static int Workers(IReadOnlyList<PackPlacement> packs) => packs.Sum(p => p.Workers);
}
