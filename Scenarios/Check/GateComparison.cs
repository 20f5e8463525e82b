using Burstsim.Results.Regression;

namespace Burstsim.Scenarios.Check;

/// <summary>One baseline compared with what the gate measured now.</summary>
/// <param name="Checks">One per recorded case x policy x gated metric, in baseline order.</param>
/// <param name="Missing">Recorded case x policy pairs the scenario no longer produces: the baseline cannot be judged (exit 2).</param>
/// <param name="Unrecorded">Pairs produced now that the baseline does not hold: reported, not checked.</param>
internal sealed record GateComparison(IReadOnlyList<MetricCheck> Checks, IReadOnlyList<string> Missing, IReadOnlyList<string> Unrecorded)
{
    public static GateComparison Of(GateMeasurement now, Baseline baseline)
    {
        var checks = new List<MetricCheck>();
        var missing = new List<string>();
        foreach (var recorded in baseline.Runs)
        {
            var key = now.Key(recorded);
            var current = now.Runs.FirstOrDefault(r => r.Case == recorded.Case && r.Policy == recorded.Policy);
            if (current is null)
            {
                missing.Add($"{now.Entry.DisplayPath}: {key} is in the baseline but the scenario no longer runs it; record the baseline again with --update");
                continue;
            }

            foreach (var metric in baseline.Metrics)
            {
                checks.Add(MetricComparison.Compare(key, metric, recorded.Metrics[metric.Name], current.Metrics[metric.Name], baseline.Tolerances.For(metric.Name)));
            }
        }

        var unrecorded = now.Runs
            .Where(r => !baseline.Runs.Any(b => b.Case == r.Case && b.Policy == r.Policy))
            .Select(r => $"{now.Entry.DisplayPath}: {now.Key(r)} is not in the baseline, so it is not checked")
            .ToList();
        return new GateComparison(checks, missing, unrecorded);
    }
}
