namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// The burst fork's placement over the controller's free-CPU inventory. Invokers with the most free
/// CPUs come first and one is filled before the next (locality).
/// Heterogeneous (no granularity): one container per invoker, as large as it holds.
/// Homogeneous g: packs of g workers (the last may be smaller), as many per invoker as fit.
/// Join: the packs that land on one invoker merged into one container.
/// Pure: it reads <paramref name="freeCpus"/> and returns packs; the caller reserves the CPUs.
/// </summary>
public static class BurstPlacement
{
    /// <summary>Places up to <paramref name="workers"/> workers numbered from <paramref name="firstWorker"/>; returns the packs (possibly covering fewer workers if the cluster is short).</summary>
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
