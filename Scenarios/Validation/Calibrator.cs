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
    /// <summary>Each value is searched within this factor of its start either way: far wider than any latency's uncertainty, so a fit that reaches it is a value the files do not pin down.</summary>
    public const double SearchFactor = 1000;

    /// <summary>A fitted value within this factor of a search bound has run to it.</summary>
    private const double AtBound = 1.01;

    /// <summary>Halving and doubling a fitted value moving the objective by less than this fraction of it (or 1e-12) means the files do not pin the value down.</summary>
    private const double FlatChange = 1e-3;

    private readonly Dictionary<RealRun, (double P50, double P95)> _real = runs.ToDictionary(
        r => r.Run,
        r => RunMetrics.Of(new Results.Csv.RunContext(r.Run.Name, "real", "real", 0, 0), r.Run.Records).Summary is var s ? (s.StartupP50S, s.StartupP95S) : default);

    /// <summary>
    /// The result: the start and fitted values (same order as the paths), the objective at each, and one warning
    /// per fitted value the files do not pin down (it ran to a bound of the search, or the objective is flat in it).
    /// </summary>
    public sealed record Fit(IReadOnlyList<string> Paths, IReadOnlyList<double> Start, IReadOnlyList<double> Fitted, double ErrorBefore, double ErrorAfter, int Evaluations, IReadOnlyList<string> Warnings);

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
        var initial = Vector<double>.Build.DenseOfEnumerable(start.Select(v => Math.Log(Math.Max(v, 1e-6))));
        double[] lower = [.. initial.Select(l => l - Math.Log(SearchFactor))];
        double[] upper = [.. initial.Select(l => l + Math.Log(SearchFactor))];
        double[] Values(Vector<double> logValues) => [.. logValues.Select((l, i) => Math.Exp(Math.Clamp(l, lower[i], upper[i])))];
        double Objective(IReadOnlyList<double> values)
        {
            evaluations++;
            return Error(paths, values);
        }

        double before = Objective(Values(initial));
        var steps = Vector<double>.Build.Dense(paths.Count, 0.3); // +-30 % first moves
        var result = new NelderMeadSimplex(convergenceTolerance: 1e-5, maximumIterations: 400)
            .FindMinimum(ObjectiveFunction.Value(v => Objective(Values(v))), initial, steps);
        double[] fitted = Values(result.MinimizingPoint);
        double after = Objective(fitted);

        var warnings = new List<string>();
        for (int i = 0; i < paths.Count; i++)
        {
            if (Reached(fitted[i], lower[i], upper[i]) is { } side)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{paths[i]} ran to the {side} bound of the search ({Math.Exp(side == "lower" ? lower[i] : upper[i]):0.######}, {SearchFactor:0} times {(side == "lower" ? "below" : "above")} its start): the files given do not pin it down; keep the start value (drop it from --fit) or add real runs it shapes"));
                continue;
            }

            double Moved(double factor) => Math.Abs(Objective([.. fitted.Select((v, k) => k == i ? v * factor : v)]) - after);
            if (Math.Max(Moved(0.5), Moved(2)) <= (FlatChange * after) + 1e-12)
            {
                warnings.Add($"{paths[i]} is not identifiable from the files given (they do not pin it down): halving or doubling it leaves the objective unchanged, so the fitted value is arbitrary; keep the start value (drop it from --fit) or add real runs it shapes");
            }
        }

        return new Fit(paths, start, fitted, before, after, evaluations, warnings);
    }

    private static string? Reached(double value, double lowerLog, double upperLog) =>
        value <= Math.Exp(lowerLog) * AtBound ? "lower" : value >= Math.Exp(upperLog) / AtBound ? "upper" : null;

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
