using System.Globalization;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// A policy as the registry knows it: its family, name, options and one-line doc, and how to make it for a run.
/// Derive from a family's factory (<see cref="Classic.BalancerFactory"/>, <see cref="Burst.PackPlacementFactory"/>,
/// <see cref="FaaSBatch.BatchingFactory"/>, <see cref="Lifecycle.KeepAliveFactory"/>, <see cref="Lifecycle.PrewarmFactory"/>,
/// <see cref="Lifecycle.EvictionFactory"/>), give it a public parameterless constructor, and the registry finds it in a
/// plug-in assembly. A factory is stateless: it is shared by every run; what a run needs lives in what it creates.
/// </summary>
public abstract class PolicyFactory
{
    /// <summary>The family: which decision the policy makes.</summary>
    public abstract PolicyFamily Family { get; }

    /// <summary>The name after the family (<c>classic:NAME</c>): lower case letters, digits and '-'.</summary>
    public abstract string Name { get; }

    /// <summary>What it does, one line, with its source (a paper, a project).</summary>
    public abstract string Summary { get; }

    /// <summary>The options it takes; the registry refuses any other and checks each value's type and range.</summary>
    public virtual IReadOnlyList<PolicyOption> Options => [];

    /// <summary>The family's default: chosen by the bare family name (<c>classic</c> is <c>classic:sharding</c>). Built-ins only; the registry refuses a second.</summary>
    public virtual bool IsFamilyDefault => false;

    /// <summary>An option whose presence selects this policy when no name is written (<c>burst:g=6</c> is <c>burst:homogeneous,g=6</c>); null for none.</summary>
    public virtual string? ImpliedBy => null;

    /// <summary>Name of the random stream a run opens for it (controller k > 0 of a classic run adds ".k"). Changing it changes the draws.</summary>
    public virtual string StreamName => $"policy.{Family.Name}.{Name}";

    /// <summary>Checks options that are fine alone but not together; throw <see cref="FormatException"/> saying what to change.</summary>
    /// <param name="options">The options written, each already checked against <see cref="Options"/>.</param>
    /// <exception cref="FormatException">The options contradict each other.</exception>
    public virtual void Validate(PolicyOptions options)
    {
    }

    /// <summary>
    /// Refuses a run that could never finish under this policy (a burst no invoker can hold, a batch container larger
    /// than every invoker). Called before anything runs, for every workload case; written once, here, for the policy.
    /// </summary>
    /// <param name="setup">The run: cluster, parameters, workload, policy.</param>
    /// <param name="jobs">The workload's jobs for this setup.</param>
    /// <param name="options">This policy's options.</param>
    /// <exception cref="InvalidSetupException">The run can never finish; the message says what to change.</exception>
    public virtual void CheckFeasible(RunSetup setup, IReadOnlyList<JobRequest> jobs, PolicyOptions options)
    {
    }

    /// <summary>
    /// Why <paramref name="functions"/> functions of <paramref name="memoryMb"/> MB could not all run at once under this
    /// policy (an exchange waits for all of them), or null if they can. The placement families answer; others never bind.
    /// </summary>
    internal virtual string? WhyNotAllAtOnce(RunSetup setup, int functions, int memoryMb) => null;

    /// <summary>
    /// A certain upper bound on how many of <paramref name="job"/>'s functions can run at the same time under this
    /// policy, or null when the policy knows none. The load divides the job's function-seconds by it for a lower bound
    /// of the run's span (a run that could never end within the clock is refused before it starts), so it must never be
    /// below what a run can reach: count only limits every run obeys.
    /// </summary>
    /// <param name="setup">The run: cluster, parameters, workload, policy.</param>
    /// <param name="job">One of the workload's jobs.</param>
    /// <returns>Functions at once, at least 1 when known; null when unknown or when the job fits on no invoker (checked elsewhere).</returns>
    public virtual long? MostFunctionsAtOnce(RunSetup setup, JobRequest job) => null;

    /// <summary>
    /// A certain upper bound on how many functions, of any jobs together, can run at the same time on the cluster under
    /// this policy when each takes at least <paramref name="memoryMb"/> MB, or null when the policy knows none. Unlike
    /// <see cref="MostFunctionsAtOnce"/> it leaves out every per-job limit (Lithops' max_workers is per job): a trace of
    /// many small jobs overlaps them. The load divides a streamed trace's function-seconds by it, so it must never be
    /// below what a run can reach.
    /// </summary>
    /// <param name="setup">The run: cluster, parameters, workload, policy.</param>
    /// <param name="memoryMb">The least memory, MB, any of the jobs' functions asks for.</param>
    /// <returns>Functions at once, at least 1 when known; null when unknown.</returns>
    public virtual long? MostFunctionsAtOnceOverall(RunSetup setup, int memoryMb) => null;

    /// <summary>The summary's granularity column: functions per container ("1" for classic, "6", "het", "batch").</summary>
    public virtual string GranularityLabel(PolicyOptions options) => Name;

    /// <summary>The granularity as a figure's category: "g=" and <see cref="GranularityLabel"/> by default.</summary>
    public virtual string GranularityCategory(PolicyOptions options) => "g=" + GranularityLabel(options);

    /// <summary>The policy in a figure's legend ("classic round-robin", "burst g=2 join"): the canonical name with ':' and ',' as spaces by default.</summary>
    public virtual string Label(PolicyOptions options, string canonicalName) =>
        canonicalName.Replace(':', ' ').Replace(',', ' ');

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Family.Name}:{Name}");
}
