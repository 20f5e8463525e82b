using Burstsim.Results.Csv;
using Burstsim.Results.Statistics;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Validation;

/// <summary>
/// Simulates the run that matches a real file (same number of functions, the file's policy) for R replications
/// (seeds seed .. seed + R - 1, common to every file and every calibration step) and compares metric by metric.
/// </summary>
internal static class Validator
{
    /// <summary>What one file's comparison gives: the rows of validation.csv and the startups for the overlay figures.</summary>
    public sealed record Result(RealRun Real, PolicySpec Policy, IReadOnlyList<ValidationRow> Rows, IReadOnlyList<double> RealStartups, IReadOnlyList<double> SimulatedStartups);

    public static Result Compare(Scenario scenario, RealRun real, PolicySpec policy, int replications, IReadOnlyDictionary<string, double> tolerances) =>
        Compare(scenario, [real], policy, replications, tolerances);

    /// <summary>
    /// Several real runs of one configuration (same policy, same number of functions) compared as one, the way the
    /// simulated replications are: each summary metric's real value is the mean over the runs, and the KS distance
    /// is between every run's startups pooled and every replication's startups pooled. One run is the plain case.
    /// </summary>
    /// <exception cref="ArgumentException">The runs are empty or differ in their number of functions.</exception>
    public static Result Compare(Scenario scenario, IReadOnlyList<RealRun> reals, PolicySpec policy, int replications, IReadOnlyDictionary<string, double> tolerances)
    {
        if (reals.Count == 0 || reals.Any(r => r.Records.Count != reals[0].Records.Count))
        {
            throw new ArgumentException("pooled real runs must be one or more runs of the same number of functions", nameof(reals));
        }

        int functions = reals[0].Records.Count;
        var real = reals.Count == 1 ? reals[0] : new RealRun($"{reals[0].Name}-pooled-{reals.Count}", reals[0].Path, [.. reals.SelectMany(r => r.Records)]);
        var realMetrics = reals.Select(r => RunMetrics.Of(new RunContext(r.Name, "real", policy.GranularityLabel, 0, 0), r.Records)).ToArray();
        var simulated = Simulate(scenario, functions, policy, replications);

        var rows = new List<ValidationRow>();
        foreach (var (name, value) in ValidationMetrics.Summary)
        {
            if (name == ValidationMetrics.PeakConcurrency && !reals.All(r => r.HasFunctionSpans))
            {
                continue; // unknown for the real run (RealRun.HasFunctionSpans): nothing to compare
            }

            var ci = Interval([.. simulated.Select(s => value(s.Summary))]);
            rows.Add(new ValidationRow(real.Name, policy.Name, functions, name, realMetrics.Average(m => value(m.Summary)), ci.Mean, ci.Low, ci.High, Tolerance(tolerances, name)));
        }

        // KS against the model's startup distribution: every replication's startups pooled (no interval: one distance).
        double[] realStartups = [.. realMetrics.SelectMany(m => m.Startups).Order()];
        double[] pooled = [.. simulated.SelectMany(s => s.Startups).Order()];
        double ks = KolmogorovSmirnov.Distance(realStartups, pooled);
        rows.Add(new ValidationRow(real.Name, policy.Name, functions, ValidationMetrics.KsStartup, 0, ks, double.NaN, double.NaN, Tolerance(tolerances, ValidationMetrics.KsStartup)));
        return new Result(real, policy, rows, realStartups, pooled);
    }

    /// <summary>The scenario's simulated metrics for <paramref name="functions"/> functions under <paramref name="policy"/>, one per replication.</summary>
    public static IReadOnlyList<RunMetrics> Simulate(Scenario scenario, int functions, PolicySpec policy, int replications) =>
        Simulate(scenario, Workload(scenario, functions), policy, replications);

    /// <summary>The scenario's simulated metrics for <paramref name="workload"/> under <paramref name="policy"/>, one per replication (seeds seed .. seed + R - 1).</summary>
    public static IReadOnlyList<RunMetrics> Simulate(Scenario scenario, IWorkload workload, PolicySpec policy, int replications)
    {
        var runs = new RunMetrics[replications];
        for (int r = 0; r < replications; r++)
        {
            ulong seed = scenario.Seed + (ulong)r;
            var sink = new RecordList();
            PlatformRun.Execute(new RunSetup(scenario.Cluster, scenario.Parameters, workload, policy, seed) { Cancellation = Execution.Interruption.Token }, sink);
            runs[r] = RunMetrics.Of(new RunContext(scenario.Name, policy.Name, policy.GranularityLabel, r, seed), sink.Records);
        }

        return runs;
    }

    /// <summary>
    /// The case whose workload has as many functions as the real run; a single sleep workload is resized to it.
    /// Throws <see cref="InputException"/> (field <c>--scenario</c>) when nothing matches.
    /// </summary>
    private static IWorkload Workload(Scenario scenario, int functions)
    {
        var match = scenario.Cases.FirstOrDefault(c => c.Workload.Jobs(new Simulator.Engine.RandomStreams(scenario.Seed), scenario.Parameters.Runtime.RuntimeMemoryMb).Sum(j => j.Functions) == functions);
        if (match is not null)
        {
            return match.Workload;
        }

        if (scenario.Cases.Count == 1 && scenario.Cases[0].Workload is SleepWorkload sleep)
        {
            return sleep with { Functions = functions };
        }

        throw new InputException("--scenario", $"{scenario.Name} has no case with {functions} functions to match the real run; give a scenario with one sleep workload or a case of that size");
    }

    private static (double Mean, double Low, double High) Interval(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return (values[0], double.NaN, double.NaN);
        }

        var ci = ConfidenceInterval.Of(values);
        return (ci.Mean, ci.Low, ci.High);
    }

    private static double? Tolerance(IReadOnlyDictionary<string, double> tolerances, string metric) =>
        tolerances.TryGetValue(metric, out double t) ? t : tolerances.TryGetValue("*", out double all) ? all : null;

    private sealed class RecordList : IActivationSink
    {
        public List<ActivationRecord> Records { get; } = [];

        public void Add(ActivationRecord record) => Records.Add(record);
    }
}
