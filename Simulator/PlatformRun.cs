using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator;

/// <summary>Runs one policy on one workload: builds the deployment, issues the jobs, runs the clock until every job is reported.</summary>
public static class PlatformRun
{
    public static RunOutcome Execute(RunSetup setup, IActivationSink sink)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var streams = new RandomStreams(setup.Seed);
        var jobs = setup.Workload.Jobs(streams, setup.Parameters.Runtime.RuntimeMemoryMb);
        Validate(setup, jobs);

        var sim = new Simulation(4096);
        var platform = new OpenWhisk(sim, setup.Cluster, setup.Parameters, setup.Policy, streams, sink);
        foreach (var job in jobs)
        {
            sim.ScheduleAt(job.Arrival, () => platform.Client.StartJob(job, setup.Policy));
        }

        // Idle-removal timers outlive the work; stop once every job is reported and the CPUs freed by the
        // last packs are back in the controller's inventory (their report may still be in flight when the
        // client sees the last results; without waiting, FinalInventory misses them when the report delay is long).
        sim.RunUntil(() => platform.Client.JobsComplete == jobs.Count && platform.Controller.InventoryFull);
        return new RunOutcome
        {
            Events = sim.Processed,
            SimulatedSeconds = sim.Now.Seconds,
            FunctionsReported = platform.Reported,
            ContainersCreated = platform.ContainersCreated,
            Throttled = platform.Throttled,
            MaxDockerRunsInFlight = platform.Invokers.Select(i => i.Docker.MaxRunsInFlight).ToArray(),
            FinalInventory = platform.Controller.Inventory.ToArray(),
            BurstLayout = platform.Layout.Select(l => l.ToPublic()).ToArray(),
            Errors = platform.Errors.ToArray(),
        };
    }

    private static void Validate(RunSetup setup, IReadOnlyList<Workloads.JobRequest> jobs)
    {
        if (setup.Cluster.Invokers.Count == 0)
        {
            throw new ArgumentException("the cluster has no invokers", nameof(setup));
        }

        if (setup.Policy.Kind == PolicyKind.Burst && setup.Parameters.BurstNoFit == BurstNoFit.Wait)
        {
            int total = setup.Cluster.TotalCpus;
            var tooBig = jobs.FirstOrDefault(j => j.Functions > total);
            if (tooBig is not null)
            {
                throw new ArgumentException(
                    $"a burst of {tooBig.Functions} workers can never fit on a cluster of {total} CPUs while burst_no_fit is 'wait'; add invokers or use 'partial' or 'reject'",
                    nameof(setup));
            }
        }

        if (setup.Policy.Kind == PolicyKind.Burst)
        {
            CheckPacksFit(setup, jobs);
            CheckPacksPlaceable(setup, jobs);
        }

        if (setup.Policy.Kind == PolicyKind.FaaSBatch && setup.Parameters.FaaSBatch.ContainerMemoryMb > setup.Cluster.Invokers.Max(i => i.UserMemoryMb))
        {
            throw new ArgumentException(
                $"a FaaSBatch container of {setup.Parameters.FaaSBatch.ContainerMemoryMb} MB fits on no invoker (largest user memory {setup.Cluster.Invokers.Max(i => i.UserMemoryMb)} MB)",
                nameof(setup));
        }

        int maxMemory = setup.Cluster.Invokers.Max(i => i.UserMemoryMb);
        var tooFat = jobs.FirstOrDefault(j => j.MemoryMb > maxMemory);
        if (tooFat is not null)
        {
            throw new ArgumentException($"functions of {tooFat.MemoryMb} MB fit on no invoker (largest user memory {maxMemory} MB)", nameof(setup));
        }
    }

    /// <summary>
    /// Enough CPUs in total is not enough: a pack is never split across invokers, so packs of g workers
    /// larger than every invoker would wait forever. Under 'wait' the whole burst must be placeable on the
    /// empty cluster; under 'partial' at least its first pack. ('reject' reports it as an error at run time.)
    /// </summary>
    private static void CheckPacksPlaceable(RunSetup setup, IReadOnlyList<Workloads.JobRequest> jobs)
    {
        var mode = setup.Parameters.BurstNoFit;
        if (mode == BurstNoFit.Reject || (mode == BurstNoFit.Wait && setup.Policy.Granularity is null))
        {
            // heterogeneous under 'wait' fits whenever the total does (checked above)
            return;
        }

        int[] cpus = setup.Cluster.Invokers.Select(i => i.Cpus).ToArray();
        foreach (var job in jobs)
        {
            int workers = mode == BurstNoFit.Wait ? job.Functions : Math.Min(job.Functions, setup.Policy.Granularity ?? 1);
            var packs = BurstPlacement.Place(cpus, workers, setup.Policy.Granularity, setup.Policy.Join);
            if (BurstPlacement.Workers(packs) < workers)
            {
                string packSize = setup.Policy.Granularity is { } g ? $" in packs of {g}" : string.Empty;
                throw new ArgumentException(
                    $"a burst of {job.Functions} workers{packSize} can never fit on invokers of {string.Join("/", cpus)} CPUs " +
                    $"while burst_no_fit is '{(mode == BurstNoFit.Wait ? "wait" : "partial")}': no invoker holds such a pack; use a smaller granularity or larger invokers",
                    nameof(setup));
            }
        }
    }

    /// <summary>
    /// A pack container asks for workers x memory on one invoker; if the largest pack an invoker can be
    /// given (as many workers as it has CPUs, or g) does not fit its user memory, the pack would wait forever.
    /// </summary>
    private static void CheckPacksFit(RunSetup setup, IReadOnlyList<Workloads.JobRequest> jobs)
    {
        foreach (var job in jobs)
        {
            foreach (var invoker in setup.Cluster.Invokers)
            {
                int largest = Math.Min(job.Functions, setup.Policy.Join || setup.Policy.Granularity is null ? invoker.Cpus : Math.Min(invoker.Cpus, setup.Policy.Granularity.Value));
                long needMb = (long)largest * job.MemoryMb;
                if (largest > 0 && needMb > invoker.UserMemoryMb)
                {
                    throw new ArgumentException(
                        $"a burst pack of {largest} workers x {job.MemoryMb} MB = {needMb} MB does not fit {invoker.Name}'s user memory of {invoker.UserMemoryMb} MB; " +
                        "raise the invoker's memory, lower runtime_memory, or use a smaller granularity",
                        nameof(setup));
                }
            }
        }
    }
}
