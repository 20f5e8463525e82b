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

    public static Result Compare(Scenario scenario, RealRun real, PolicySpec policy, int replications, IReadOnlyDictionary<string, double> tolerances)
    {
        var realMetrics = RunMetrics.Of(new RunContext(real.Name, "real", policy.GranularityLabel, 0, 0), real.Records);
        var simulated = Simulate(scenario, real.Records.Count, policy, replications);

        var rows = new List<ValidationRow>();
        foreach (var (name, value) in ValidationMetrics.Summary)
        {
            var ci = Interval([.. simulated.Select(s => value(s.Summary))]);
            rows.Add(new ValidationRow(real.Name, policy.Name, real.Records.Count, name, value(realMetrics.Summary), ci.Mean, ci.Low, ci.High, Tolerance(tolerances, name)));
        }

        // KS against the model's startup distribution: every replication's startups pooled (no interval: one distance).
        double[] pooled = [.. simulated.SelectMany(s => s.Startups).Order()];
        double ks = KolmogorovSmirnov.Distance(realMetrics.Startups, pooled);
        rows.Add(new ValidationRow(real.Name, policy.Name, real.Records.Count, ValidationMetrics.KsStartup, 0, ks, double.NaN, double.NaN, Tolerance(tolerances, ValidationMetrics.KsStartup)));
        return new Result(real, policy, rows, realMetrics.Startups, pooled);
    }

    /// <summary>The scenario's simulated metrics for <paramref name="functions"/> functions under <paramref name="policy"/>, one per replication.</summary>
    public static IReadOnlyList<RunMetrics> Simulate(Scenario scenario, int functions, PolicySpec policy, int replications)
    {
        var workload = Workload(scenario, functions);
        var runs = new RunMetrics[replications];
        for (int r = 0; r < replications; r++)
        {
            ulong seed = scenario.Seed + (ulong)r;
            var sink = new RecordList();
            PlatformRun.Execute(new RunSetup(scenario.Cluster, scenario.Parameters, workload, policy, seed), sink);
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
