using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>
/// A pack is never split across invokers and each worker needs a CPU and the job's memory there, so enough CPUs in
/// total is not enough. Under 'wait' the whole burst must be placeable on the empty cluster, under 'partial' at least its
/// first pack; otherwise it would wait forever ('reject' reports it as a rejected job at run time).
/// </summary>
internal static class BurstFeasibility
{
    /// <exception cref="InvalidSetupException">A burst can never be placed.</exception>
    public static void CheckPlaceable(RunSetup setup, IReadOnlyList<JobRequest> jobs, IPackPlacement placement)
    {
        var mode = setup.Parameters.BurstNoFit;
        var invokers = setup.Cluster.Invokers;
        int[] cpus = [.. invokers.Select(i => i.Cpus)];
        long[] memory = [.. invokers.Select(i => BurstScheduler.BaselineMemoryMb(i, setup.Parameters.Invoker))];
        var g = placement.Granularity;
        foreach (var job in jobs.DistinctBy(j => (j.Functions, j.MemoryMb)))
        {
            int workers = mode == BurstNoFit.Wait ? job.Functions : Math.Min(job.Functions, g ?? 1);
            int placed = BurstPlacement.Workers(placement.Place(new BurstRequest(workers, 0, job.MemoryMb, setup.Parameters.BurstPackMemory), cpus, memory));
            if (placed < workers)
            {
                var capacity = PackMemory.Capacity(cpus, memory, job.MemoryMb, setup.Parameters.BurstPackMemory, g, placement.Join);
                string modeName = mode == BurstNoFit.Wait ? "wait" : "partial";
                string packSize = g is { } size ? $" in packs of {size}" : string.Empty;
                string cause = g is { } pack && capacity.Max() < Math.Min(pack, job.Functions)
                    ? $"no invoker holds a pack of {Math.Min(pack, job.Functions)} workers x {job.MemoryMb} MB (largest holds {capacity.Max()} by CPUs and user memory); use a smaller granularity or larger invokers"
                    : $"the empty cluster holds {placed} of them ({cpus.Sum()} CPUs, {capacity.Sum()} workers by CPUs and user memory); add invokers or use 'partial' or 'reject'";
                throw new InvalidSetupException(
                    $"a burst of {job.Functions} workers{packSize} x {job.MemoryMb} MB can never fit on invokers of {string.Join("/", cpus)} CPUs " +
                    $"while burst_no_fit is '{modeName}': {cause}");
            }
        }
    }
}
