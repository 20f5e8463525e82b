using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Model;

/// <summary>
/// A validated scenario: a cluster, the platform parameters, one or more workload cases, the
/// policies to compare on identical workload draws, a seed and a number of replications.
/// Replication r of every policy uses seed <c>Seed + r</c> (common random numbers across policies).
/// </summary>
public sealed record Scenario
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required ClusterSpec Cluster { get; init; }
    public PlatformParameters Parameters { get; init; } = new();
    public required IReadOnlyList<ScenarioCase> Cases { get; init; }
    public required IReadOnlyList<PolicySpec> Policies { get; init; }

    /// <summary>The policies this scenario may name: the built-ins and its plug-ins (<c>plugins:</c> and --plugin).</summary>
    public PolicyRegistry Registry { get; init; } = PolicyRegistry.BuiltIn;
    public ulong Seed { get; init; } = 1;

    /// <summary>The scenario as loaded, in YAML: its file (or catalogue entry) with the profile, overlays and --set values applied; written to run.yaml.</summary>
    public string ResolvedYaml { get; init; } = "";
    public int Replications { get; init; } = 1;

    /// <summary>The price table for the cost columns (section <c>pricing:</c>); public list prices by default.</summary>
    public Results.Cost.Pricing Pricing { get; init; } = new();

    /// <summary>Faults injected into every run (section <c>faults:</c>); none by default.</summary>
    public Simulator.Faults.FaultPlan Faults { get; init; } = Simulator.Faults.FaultPlan.None;

    /// <summary>Extra output columns that apply to the whole scenario (a sweep's varied values), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Columns { get; init; } = [];
}
