using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// Checks that need the sections together: values each fine alone that cannot work with each other
/// (a burst larger than the cluster while bursts wait to fit, functions larger than every invoker).
/// Found here they are bad input (exit 2) before anything runs or is written.
/// </summary>
internal static class ScenarioChecks
{
    public static void Check(Scenario scenario, IReadOnlyList<Field> workloadFields, FieldMap root)
    {
        int cpus = scenario.Cluster.TotalCpus;
        int memory = scenario.Cluster.Invokers.Max(i => i.UserMemoryMb);
        int batchMemory = scenario.Parameters.FaaSBatch.ContainerMemoryMb;
        if (scenario.Policies.Any(p => p.Kind == PolicyKind.FaaSBatch) && batchMemory > memory)
        {
            const string path = "platform.faasbatch.container_memory_mb";
            string problem = $"contradicts the cluster: FaaSBatch containers of {batchMemory} MB fit on no invoker (largest memory_mb {memory})";
            var written = root.Get("platform")?.AsMap().Get("faasbatch")?.AsMap().Get("container_memory_mb");
            throw written?.Error(problem) ?? new Cli.InputException(path + " (default)", problem);
        }

        var waitingBurst = scenario.Parameters.BurstNoFit == BurstNoFit.Wait
            ? scenario.Policies.FirstOrDefault(p => p.Kind == PolicyKind.Burst)
            : null;

        for (int c = 0; c < scenario.Cases.Count; c++)
        {
            var field = workloadFields[c];
            IReadOnlyList<Simulator.Workloads.JobRequest> jobs;
            try
            {
                jobs = scenario.Cases[c].Workload.Jobs(new RandomStreams(scenario.Seed), scenario.Parameters.Runtime.RuntimeMemoryMb);
            }
            catch (ArgumentException e)
            {
                throw field.Error(e.Message);
            }

            HorizonCheck.Check(scenario, jobs, field);
            if (waitingBurst is not null && jobs.FirstOrDefault(j => j.Functions > cpus) is { } big)
            {
                throw field.Error(
                    $"contradicts the cluster and policy {waitingBurst.Name}: a burst of {big.Functions} workers can never fit on {cpus} CPUs while " +
                    "platform.burst_no_fit is 'wait'; add invokers, shrink the burst, or set platform.burst_no_fit to partial or reject");
            }

            if (jobs.FirstOrDefault(j => j.MemoryMb > memory) is { } fat)
            {
                throw field.Error($"contradicts the cluster: functions of {fat.MemoryMb} MB fit on no invoker (largest memory_mb {memory})");
            }

            foreach (var policy in scenario.Policies.Where(p => p.Kind == PolicyKind.Burst))
            {
                CheckPackMemory(scenario, policy, jobs, field);
            }
        }
    }

    /// <summary>
    /// A burst pack container asks its invoker for <see cref="PackMemory.ContainerMb"/> (runtime_memory once per pack by default); so a
    /// pack larger than the invoker's memory would wait for memory that never comes.
    /// </summary>
    private static void CheckPackMemory(Scenario scenario, PolicySpec policy, IReadOnlyList<Simulator.Workloads.JobRequest> jobs, Field field)
    {
        var job = jobs.MaxBy(j => j.MemoryMb);
        if (job is null)
        {
            return;
        }

        foreach (var invoker in scenario.Cluster.Invokers)
        {
            int pack = Math.Min(job.Functions, policy.Granularity is { } g && !policy.Join ? Math.Min(g, invoker.Cpus) : invoker.Cpus);
            long needed = PackMemory.ContainerMb(Math.Max(1, pack), job.MemoryMb, scenario.Parameters.BurstPackMemory);
            if (needed > invoker.UserMemoryMb)
            {
                throw field.Error(
                    $"contradicts the cluster and policy {policy.Name}: a pack of {pack} workers takes one container of {needed} MB (platform.burst_pack_memory: {(scenario.Parameters.BurstPackMemory == Simulator.Platform.Parameters.BurstPackMemory.PerPack ? "per_pack" : "per_worker")}) on {invoker.Name}, " +
                    $"whose memory_mb is {invoker.UserMemoryMb}; raise memory_mb, or lower platform.runtime.runtime_memory_mb");
            }
        }
    }
}
