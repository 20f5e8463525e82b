using System.Globalization;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Burstsim.Scenarios.Validation;

/// <summary>
/// Fits named scenario parameters (seconds; latencies by their median) to real runs: Nelder-Mead over the
/// logarithm of each value, minimising the mean over files of the squared relative errors of startup p50 and
/// p95. Every evaluation simulates the same seeds (common random numbers), so the objective is a smooth
/// function of the parameters rather than a noisy one.
/// </summary>
internal sealed class Calibrator(Func<IReadOnlyList<Override>, Scenario> load, IReadOnlyList<(RealRun Run, PolicySpec Policy)> runs, int replications)
{
    private readonly Dictionary<RealRun, (double P50, double P95)> _real = runs.ToDictionary(
        r => r.Run,
        r => RunMetrics.Of(new Results.Csv.RunContext(r.Run.Name, "real", "real", 0, 0), r.Run.Records).Summary is var s ? (s.StartupP50S, s.StartupP95S) : default);

    /// <summary>The result: the start and fitted values (same order as the paths) and the objective at each.</summary>
    public sealed record Fit(IReadOnlyList<string> Paths, IReadOnlyList<double> Start, IReadOnlyList<double> Fitted, double ErrorBefore, double ErrorAfter, int Evaluations);

    /// <summary>The value a scenario gives a path (a latency's median). Throws <see cref="InputException"/> (field <c>--fit</c>) for a path that is not a number.</summary>
    public static double Current(Scenario scenario, string path)
    {
        var key = ParameterCatalog.All.FirstOrDefault(k => k.Path == path)
                  ?? throw new InputException("--fit", $"'{path}' is not a platform parameter{Suggest.Hint(path, [.. ParameterCatalog.All.Select(k => k.Path)])}; 'burstsim parameters' lists them");
        object holder = key.Section is null ? scenario.Parameters : key.Section.GetValue(scenario.Parameters)!;
        return key.Property.GetValue(holder) switch
        {
            Latency l => l.MedianS,
            double d => d,
            _ => throw new InputException("--fit", $"'{path}' is not a number of seconds; calibrate fits seconds and latencies"),
        };
    }

    public Fit Run(IReadOnlyList<string> paths, IReadOnlyList<double> start)
    {
        int evaluations = 0;
        double Objective(Vector<double> logValues)
        {
            evaluations++;
            return Error(paths, [.. logValues.Select(Math.Exp)]);
        }

        var initial = Vector<double>.Build.DenseOfEnumerable(start.Select(v => Math.Log(Math.Max(v, 1e-6))));
        double before = Objective(initial);
        var steps = Vector<double>.Build.Dense(paths.Count, 0.3); // +-30 % first moves
        var result = new NelderMeadSimplex(convergenceTolerance: 1e-5, maximumIterations: 400)
            .FindMinimum(ObjectiveFunction.Value(Objective), initial, steps);
        double[] fitted = [.. result.MinimizingPoint.Select(Math.Exp)];
        return new Fit(paths, start, fitted, before, Error(paths, fitted), evaluations);
    }

    /// <summary>Mean over files of ((sim p50 - real p50) / real p50)^2 + ((sim p95 - real p95) / real p95)^2, simulated means over the replications.</summary>
    public double Error(IReadOnlyList<string> paths, IReadOnlyList<double> values)
    {
        var scenario = load([.. paths.Select((p, i) => new Override(p, values[i].ToString("R", CultureInfo.InvariantCulture), "calibrate"))]);
        double total = 0;
        foreach (var (run, policy) in runs)
        {
            var simulated = Validator.Simulate(scenario, run.Records.Count, policy, replications);
            var (p50, p95) = _real[run];
            double e50 = (simulated.Average(s => s.Summary.StartupP50S) - p50) / p50;
            double e95 = (simulated.Average(s => s.Summary.StartupP95S) - p95) / p95;
            total += (e50 * e50) + (e95 * e95);
        }

        return total / runs.Count;
    }
}
