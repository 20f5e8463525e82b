using Burstsim.Results.Statistics;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>Simulates every row of a suite and sets each metric against its real value.</summary>
internal static class SuiteRunner
{
    /// <summary>
    /// Runs the suite: every row's scenario case and policy for <paramref name="replications"/> replications
    /// (seeds seed .. seed + R - 1 of the scenario), compared with <paramref name="reals"/>.
    /// </summary>
    /// <exception cref="Cli.InputException">A row names a scenario, case or policy that does not exist, or a real value is missing.</exception>
    public static IReadOnlyList<SuiteComparison> Run(ValidationSuite suite, IReadOnlyList<RealValue> reals, int replications, Action<SuiteRow>? progress = null)
    {
        var byKey = reals.ToLookup(v => (v.Key, v.Metric));
        var comparisons = new List<SuiteComparison>();
        foreach (var row in suite.Rows)
        {
            progress?.Invoke(row);
            var runs = Simulate(row, replications);
            foreach (string metric in row.Metrics)
            {
                var real = byKey[(row.Key, metric)].FirstOrDefault();
                if (real is null && row.Real.Kind != SuiteRealKind.HeldBack)
                {
                    throw new Cli.InputException("--suite", $"no real value of {metric} for '{row.Key}'; refresh the real values with --data (the burst-validation-results checkout)");
                }

                double[] values = [.. runs.Select(r => SuiteMetrics.Of(metric, r))];
                comparisons.Add(new SuiteComparison(row, metric, real, Interval(values), SuiteComparison.LogSd(values), suite.Tolerances.TryGetValue(metric, out double t) ? t : null));
            }
        }

        return comparisons;
    }

    private static IReadOnlyList<RunMetrics> Simulate(SuiteRow row, int replications)
    {
        Scenario scenario = ScenarioLoader.Load(row.Scenario, []);
        var match = row.Case is null
            ? (scenario.Cases.Count == 1 ? scenario.Cases[0] : throw new Cli.InputException("--suite", $"{row.Experiment}: {row.Scenario} has {scenario.Cases.Count} cases; name one with case: ({string.Join(", ", scenario.Cases.Select(c => c.Label))})"))
            : scenario.Cases.FirstOrDefault(c => c.Label == row.Case) ?? throw new Cli.InputException("--suite", $"{row.Experiment}: {row.Scenario} has no case '{row.Case}' ({string.Join(", ", scenario.Cases.Select(c => c.Label))})");
        var policy = RealInputs.PolicyText(row.Policy, scenario.Registry);
        return Validator.Simulate(scenario, match.Workload, policy, replications);
    }

    private static (double Mean, double Low, double High) Interval(double[] values)
    {
        if (values.Length < 2)
        {
            return (values[0], double.NaN, double.NaN);
        }

        var ci = ConfidenceInterval.Of(values);
        return (ci.Mean, ci.Low, ci.High);
    }
}
