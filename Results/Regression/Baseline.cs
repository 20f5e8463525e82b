namespace Burstsim.Results.Regression;

/// <summary>
/// A regression baseline: which scenario to rerun (with which seed and replications), the hash of
/// the scenario text it was recorded from, the tool version that recorded it, the tolerances, and
/// the metrics of every case x policy. One YAML file per scenario (see <see cref="BaselineWriter"/>).
/// </summary>
public sealed record Baseline
{
    /// <summary>The format this code reads and writes; a file of another format is refused.</summary>
    public const int CurrentFormat = 1;

    /// <summary>A catalogue scenario name, or a path to a scenario file relative to the baseline file.</summary>
    public required string Scenario { get; init; }

    /// <summary>SHA-256 (hex) of the scenario text (see <see cref="ScenarioHash"/>); model defaults are not part of it.</summary>
    public required string ScenarioSha256 { get; init; }

    /// <summary>burstsim's informational version when recorded; informative only.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>Base seed: replication r runs with seed + r, as in <c>burstsim run</c>.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications per case and policy; the 95% intervals are over these.</summary>
    public required int Replications { get; init; }

    public ToleranceSet Tolerances { get; init; } = ToleranceSet.Standard;

    /// <summary>The metrics gated, in <see cref="GateMetric.All"/> order.</summary>
    public IReadOnlyList<GateMetric> Metrics { get; init; } = GateMetric.All;

    public required IReadOnlyList<BaselineRun> Runs { get; init; }

    /// <summary>Line of each top-level field in the file it was read from (1-based), for messages; empty when built in memory.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
}
