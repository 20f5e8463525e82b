using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator;

/// <summary>Everything one simulation run needs: cluster, parameters, workload, policy and seed.</summary>
public sealed record RunSetup(ClusterSpec Cluster, PlatformParameters Parameters, IWorkload Workload, PolicySpec Policy, ulong Seed)
{
    /// <summary>Faults injected into the run (scenario section <c>faults:</c>); none by default.</summary>
    public Faults.FaultPlan Faults { get; init; } = Simulator.Faults.FaultPlan.None;

    /// <summary>
    /// Stops the run when cancelled (the command line cancels it on Ctrl-C or SIGTERM): checked between events, so a run
    /// stops within one event's work. <see cref="PlatformRun.Execute"/> then throws <see cref="OperationCanceledException"/>.
    /// None by default.
    /// </summary>
    public CancellationToken Cancellation { get; init; }
}
