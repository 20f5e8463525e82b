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
                throw field.Error($"contradicts the cluster: functions of {fat.MemoryMb} MB fit on no invoker (largest memory_mb {memory})");
            }
        }
    }

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
