using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>
/// The burst family (<c>burst:NAME</c>): one group call; the controller places its workers in packs with this placement.
/// Its feasibility check (written once here, for every burst placement) refuses a burst that can never fit on the empty
/// cluster while bursts wait (<c>burst_no_fit: wait</c>), or whose first pack cannot (<c>partial</c>).
/// </summary>
public abstract class PackPlacementFactory : PolicyFactory
{
    /// <inheritdoc/>
    public sealed override PolicyFamily Family => PolicyFamily.Burst;

    /// <summary>Makes the placement for one run.</summary>
    /// <param name="context">The invokers, clock, history and this policy's random stream.</param>
    /// <param name="options">The options written, checked.</param>
    public abstract IPackPlacement Create(PolicyContext context, PolicyOptions options);

    /// <inheritdoc/>
    public override string GranularityLabel(PolicyOptions options) => Name;

    /// <inheritdoc/>
    /// <exception cref="InvalidSetupException">A burst can never fit (or its first pack, under partial), or a pack container is larger than an invoker's memory.</exception>
    public override void CheckFeasible(RunSetup setup, IReadOnlyList<JobRequest> jobs, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(jobs);
        var mode = setup.Parameters.BurstNoFit;
        if (mode == BurstNoFit.Reject || jobs.Count == 0)
        {
            return;
        }

        var placement = Create(PolicyContexts.ForCheck(setup, this), options);
        int cpus = setup.Cluster.TotalCpus;
        if (mode == BurstNoFit.Wait && jobs.FirstOrDefault(j => j.Functions > cpus) is { } big)
        {
            throw new InvalidSetupException(
                $"a burst of {big.Functions} workers can never fit on {cpus} CPUs while platform.burst_no_fit is 'wait'; add invokers, shrink the burst, or set platform.burst_no_fit to partial or reject");
        }

        if (setup.Parameters.BurstPackMemory == BurstPackMemory.PerPack)
        {
            CheckPackMemory(setup, jobs.MaxBy(j => j.MemoryMb)!, placement);
        }

        BurstFeasibility.CheckPlaceable(setup, jobs, placement);
    }

    /// <summary>Every burst worker runs on a CPU of its own (a pack holds at most its invoker's free CPUs): the cluster's CPUs, whatever the jobs' memory.</summary>
    public override long? MostFunctionsAtOnceOverall(RunSetup setup, int memoryMb)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return Math.Max(1, setup.Cluster.TotalCpus);
    }

    internal override string? WhyNotAllAtOnce(RunSetup setup, int functions, int memoryMb) =>
        functions > setup.Cluster.TotalCpus ? $"the cluster has {setup.Cluster.TotalCpus} CPUs; add invokers" : null;

    /// <summary>A pack container asks its invoker for <see cref="PackMemory.ContainerMb"/>: one larger than an invoker's memory would wait forever.</summary>
    private static void CheckPackMemory(RunSetup setup, JobRequest job, IPackPlacement placement)
    {
        foreach (var invoker in setup.Cluster.Invokers)
        {
            int pack = Math.Min(job.Functions, placement.Granularity is { } g && !placement.Join ? Math.Min(g, invoker.Cpus) : invoker.Cpus);
            long needed = PackMemory.ContainerMb(Math.Max(1, pack), job.MemoryMb, setup.Parameters.BurstPackMemory);
            if (needed > invoker.UserMemoryMb)
            {
                throw new InvalidSetupException(
                    $"a pack of {pack} workers takes one container of {needed} MB (platform.burst_pack_memory: per_pack) on {invoker.Name}, " +
                    $"whose memory_mb is {invoker.UserMemoryMb}; raise memory_mb, or lower platform.runtime.runtime_memory_mb");
            }
        }
    }
}
