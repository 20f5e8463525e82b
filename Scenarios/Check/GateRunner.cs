using System.Globalization;
using Burstsim.Results.Regression;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Check;

/// <summary>
/// Runs the scenarios of a gate with the run machinery of <c>burstsim run</c> (one plan, all cores,
/// results in plan order) and reduces each case x policy to the mean and 95% interval of every metric.
/// </summary>
internal static class GateRunner
{
    /// <summary>Loads each entry's scenario with its seed and replications, then any --set overrides; all are validated before anything runs.</summary>
    public static List<Scenario> Load(IReadOnlyList<GateEntry> entries, IReadOnlyList<Override> sets, int? replications)
    {
        var scenarios = new List<Scenario>();
        foreach (var entry in entries)
        {
            var overrides = new List<Override>();
            if (entry.Recorded is { } recorded)
            {
                string origin = $"baseline {entry.DisplayPath}";
                overrides.Add(new Override("seed", recorded.Seed.ToString(CultureInfo.InvariantCulture), origin));
                overrides.Add(new Override("replications", recorded.Replications.ToString(CultureInfo.InvariantCulture), origin));
            }

            if (replications is { } r)
            {
                overrides.Add(new Override("replications", r.ToString(CultureInfo.InvariantCulture), "--replications"));
            }

            overrides.AddRange(sets);
            scenarios.Add(ScenarioLoader.Load(entry.Source, overrides));
        }

        return scenarios;
    }

    /// <summary>Runs every scenario; <paramref name="failedChecks"/> gets the model invariants a run broke (as <c>run</c> reports them).</summary>
    public static List<GateMeasurement> Run(IReadOnlyList<GateEntry> entries, IReadOnlyList<Scenario> scenarios, int threads, bool interactive, out string[] failedChecks)
    {
        var plan = RunPlan.Build(scenarios);
        string work = Path.Combine(Path.GetTempPath(), $"burstsim-check-{Guid.NewGuid():N}");
        UnitResult[] results;
        try
        {
            results = PlanExecutor.Execute(plan, plan.Units, work, threads, figures: false, interactive);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        failedChecks = [.. results.SelectMany(r => r.FailedChecks.Select(c => $"{r.Unit.Scenario.Name}, {c}"))];
        var measurements = new List<GateMeasurement>();
        for (int i = 0; i < entries.Count; i++)
        {
            var scenario = scenarios[i];
            var gated = entries[i].Recorded?.Metrics ?? GateMetric.All;
            var runs = results
                .Where(r => ReferenceEquals(r.Unit.Scenario, scenario))
                .GroupBy(r => (r.Unit.Case.Label, r.Unit.Policy.Name))
                .Select(g => new BaselineRun(
                    g.Key.Label,
                    g.Key.Name,
                    gated.ToDictionary(m => m.Name, m => MetricValue.Of(g.Select(r => m.Value(r.Summary))), StringComparer.Ordinal)))
                .ToList();
            measurements.Add(new GateMeasurement(entries[i], scenario, runs));
        }

        return measurements;
    }
}
