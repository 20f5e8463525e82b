using Burstsim.Results.Charts;
using Burstsim.Results.Csv;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Execution;

/// <summary>What one unit left: its summary row, burst layout, rejected jobs, failed checks, and (for figures) its startups (every replication) and timeline (replication 0).</summary>
internal sealed record UnitResult(
    RunUnit Unit,
    SummaryRow Summary,
    IReadOnlyList<BurstPack> Layout,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> FailedChecks,
    string ActivationsFile,
    IReadOnlyList<double>? Startups,
    IReadOnlyList<TimelineRow>? Timeline);
