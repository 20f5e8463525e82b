using System.Globalization;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Figures;

/// <summary>
/// The one naming of policies, granularities and workload cases in every figure, so that
/// <c>burstsim run</c>'s figures and <c>burstsim figures</c> agree: "classic", "burst g=2",
/// "g=1 (classic)", "48 functions".
/// </summary>
internal static partial class FigureLabels
{
    /// <summary>A policy as a legend or axis label: "classic", "burst", "burst g=2", "burst g=2 join", "faasbatch 0.05 s" (the policy names itself).</summary>
    public static string Policy(PolicySpec policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Label;
    }

    /// <summary>A granularity category: "g=1 (classic)", "g=2", "g=het", "g=batch" (the policy names its own).</summary>
    public static string Granularity(PolicySpec policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.GranularityCategory;
    }

    /// <summary>
    /// A workload case among <paramref name="cases"/> (the scenario's): "48 functions" when the case sets a workers column
    /// no other case shares (the paper's word for its parallel functions; the tables say functions), else its label. Two
    /// cases of one workers value keep their labels: named by it, they shared one legend entry and one set of files, the
    /// second case's figures replacing the first's (hostile11 B1).
    /// </summary>
    public static string Case(ScenarioCase @case, IEnumerable<ScenarioCase> cases) =>
        UniqueWorkers(@case, cases) is { } workers && !cases.Any(c => !ReferenceEquals(c, @case) && string.Equals(c.Label, workers + " functions", StringComparison.OrdinalIgnoreCase))
            ? workers + " functions"
            : @case.Label; // a case named "48 functions" beside one of 48 workers shared its legend entry (hostile12 N3)

    /// <summary>The case's workers column when it names the case alone among <paramref name="cases"/>; else null.</summary>
    private static string? UniqueWorkers(ScenarioCase @case, IEnumerable<ScenarioCase> cases)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(cases);
        string? workers = Workers(@case);
        return workers is not null && !cases.Any(c => !ReferenceEquals(c, @case) && string.Equals(Workers(c), workers, StringComparison.OrdinalIgnoreCase)) ? workers : null;
    }

    private static string? Workers(ScenarioCase @case) => @case.Columns.FirstOrDefault(p => p.Key == "workers").Value?.Trim();

    /// <summary>
    /// A scenario's description as a caption's first sentence, in the captions' word: a scenario whose cases set a workers
    /// column (paper-startup: the paper says "workers") has "worker(s)" read "function(s)", the word of the tables, legends
    /// and file names beside it. The catalogue file keeps its text: its bytes are hashed into the baselines (scenario_sha256).
    /// </summary>
    public static string Description(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Cases.Any(c => c.Columns.Any(p => p.Key == "workers"))
            ? WorkerWord().Replace(scenario.Description, m => m.Value.EndsWith('s') ? "functions" : "function")
            : scenario.Description;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bworkers?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WorkerWord();

    /// <summary>
    /// A workload case's part of a file name among <paramref name="cases"/>: "48-functions" when the case sets a workers
    /// column no other case shares (so run's files say the word its captions and tables use, not the scenario's case key
    /// "w48"), else null (the caller keeps its own).
    /// </summary>
    public static string? CaseStem(ScenarioCase @case, IEnumerable<ScenarioCase> cases) =>
        UniqueWorkers(@case, cases) is { } workers ? workers + "-functions" : null;

    /// <summary>The caption's account of what a box or curve pools: "n = 120 functions per box, 3 replications pooled".</summary>
    public static string Pooled(IEnumerable<int> counts, int replications, string unit)
    {
        var distinct = counts.Distinct().Order().ToArray();
        string n = distinct.Length == 1
            ? distinct[0].ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{distinct[0]} to {distinct[^1]}");
        string pooled = replications == 1 ? "one replication" : string.Create(CultureInfo.InvariantCulture, $"all {replications} replications pooled");
        return $"n = {n} functions per {unit}, {pooled}";
    }
}
