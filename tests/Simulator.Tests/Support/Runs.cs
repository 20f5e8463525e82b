using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Support;

/// <summary>Runs a workload through <see cref="PlatformRun"/> and keeps what it reported.</summary>
internal static class Runs
{
    public static (RunOutcome Outcome, RecordingSink Sink) Execute(ClusterSpec cluster, PlatformParameters parameters, string policy, IWorkload workload, ulong seed = 1)
    {
        var sink = new RecordingSink();
        var outcome = PlatformRun.Execute(new RunSetup(cluster, parameters, workload, PolicySpec.Parse(policy), seed), sink);
        return (outcome, sink);
    }

    public static ClusterSpec OneInvoker(int cpus, int userMemoryMb) => ClusterSpec.Uniform([cpus], userMemoryMb);
}
