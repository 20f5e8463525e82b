using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Faults;

/// <summary>Runs with faults, and the bookkeeping every faulty run must keep.</summary>
internal static class FaultRuns
{
    /// <summary>Hand-worked parameters with a short Lithops timeout (runtime_timeout 20 s: a lost call is noticed 15 s + 5 s after its worker started) and the given recovery settings.</summary>
    public static PlatformParameters Recovering(int retries = 0, BurstOnCrash onCrash = BurstOnCrash.Fail) => HandWorked.Parameters with
    {
        Recovery = new RecoveryParameters { Retries = retries, RuntimeTimeoutS = 20, BurstOnCrash = onCrash },
    };

    public static (RunOutcome Outcome, RecordingSink Sink) Execute(ClusterSpec cluster, PlatformParameters parameters, string policy, IWorkload workload, FaultPlan faults, ulong seed = 1)
    {
        var sink = new RecordingSink();
        var setup = new RunSetup(cluster, parameters, workload, PolicySpec.Parse(policy), seed) { Faults = faults };
        return (PlatformRun.Execute(setup, sink), sink);
    }

    public static FaultPlan Crash(string invoker, double atS) => new() { Crashes = [new InvokerCrash(invoker, atS)] };

    /// <summary>
    /// No function lost or duplicated: each has attempts 0..k, exactly one final row (success or failed) and
    /// it is the last attempt; every row the model counted arrived.
    /// </summary>
    public static void AssertEveryFunctionSettledOnce(RunOutcome outcome, RecordingSink sink, IReadOnlyList<JobRequest> jobs)
    {
        Assert.Equal(outcome.FunctionsReported, sink.Records.Count);
        foreach (var job in jobs)
        {
            var byFunction = sink.Records.Where(r => r.JobId == job.JobId).GroupBy(r => r.FunctionId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Attempt).ToList());
            Assert.Equal(Enumerable.Range(0, job.Functions), byFunction.Keys.Order());
            foreach (var (function, attempts) in byFunction)
            {
                Assert.Equal(Enumerable.Range(0, attempts.Count), attempts.Select(a => a.Attempt));
                Assert.All(attempts.SkipLast(1), a => Assert.Equal(ActivationStatus.Retried, a.Status));
                Assert.NotEqual(ActivationStatus.Retried, attempts[^1].Status);
            }
        }
    }
}
