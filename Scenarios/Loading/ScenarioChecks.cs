using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator;
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
        var recovery = scenario.Parameters.Recovery;
        if (recovery.BurstOnCrash == Simulator.Faults.BurstOnCrash.Rerun && recovery.Retries == 0)
        {
            // Reruns are bounded by retries (at most retries + 1 attempts per worker): with none, rerun would fail them like 'fail'.
            const string problem = "burst_on_crash: rerun re-runs a lost worker only while it has retries left, and platform.recovery.retries is 0; set retries to 1 or more (Lithops' lithops.retries)";
            throw Written(root, "platform.recovery.burst_on_crash")?.Error(problem) ?? new Cli.InputException("platform.recovery.burst_on_crash", problem);
        }

        int memory = scenario.Cluster.Invokers.Max(i => i.UserMemoryMb);
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

            if (jobs is Simulator.Workloads.StreamedJobs streamed)
            {
                // First: the passes below would make a streamed trace's jobs again (or hang on a minute of billions of calls).
                StreamBound.Check(scenario, scenario.Cases[c], streamed, field);
            }

            HorizonCheck.Check(scenario, jobs, field);
            SpanBound.Check(scenario, scenario.Cases[c], jobs, field);
            foreach (var policy in scenario.Cases[c].Policies ?? scenario.Policies)
            {
                // Each policy's own check (the one the run makes), found here as bad input before anything runs.
                try
                {
                    policy.CheckFeasible(new RunSetup(scenario.Cluster, scenario.Parameters, scenario.Cases[c].Workload, policy, scenario.Seed), jobs);
                }
                catch (InvalidSetupException e) when (e.Parameter is { } path)
                {
                    var written = Written(root, path);
                    string problem = $"contradicts the cluster: {e.Message}";
                    throw written?.Error(problem) ?? new Cli.InputException(path + " (default)", problem);
                }
                catch (InvalidSetupException e)
                {
                    throw field.Error($"contradicts the cluster and policy {policy.Name}: {e.Message}");
                }
            }

            bool mayBeTooFat = jobs is not Simulator.Workloads.StreamedJobs { MemoryMbAtMost: { } most } || most > memory; // else no pass over a streamed trace
            if (mayBeTooFat && jobs.FirstOrDefault(j => j.MemoryMb > memory) is { } fat)
            {
                throw field.Error($"contradicts the cluster: functions of {fat.MemoryMb} MB ({MemorySource(field, fat, scenario.Parameters.Runtime.RuntimeMemoryMb)}) fit on no invoker: the largest invoker's user memory (cluster.memory_mb or cluster.invokers[].memory_mb) is {memory} MB; raise cluster.memory_mb to at least {fat.MemoryMb}, or lower the functions' memory");
            }
        }
    }

    /// <summary>Which value gave <paramref name="job"/> its memory: the workload's memory_mb, the runtime's default, or the trace's own.</summary>
    private static string MemorySource(Field workload, Simulator.Workloads.JobRequest job, int runtimeMemoryMb) =>
        workload.IsMapping && workload.AsMap().Get("memory_mb") is { } written && written.IsScalar && !written.IsNull && written.AsText().Trim() == job.MemoryMb.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? $"{written.Path}"
            : job.MemoryMb == runtimeMemoryMb
                ? "platform.runtime.runtime_memory_mb, the default where the workload gives none"
                : $"job {job.JobId}, function {job.Function}: the trace's memory (its memory_mb column or memory file), or workload.memory_mb";

    /// <summary>The written field at a dotted path (platform.faasbatch.container_memory_mb), if the scenario writes it.</summary>
    private static Field? Written(FieldMap root, string path)
    {
        var parts = path.Split('.');
        Field? field = root.Get(parts[0]);
        foreach (string part in parts.Skip(1))
        {
            field = field?.AsMap().Get(part);
        }

        return field;
    }
}
