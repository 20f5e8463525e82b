using System.Globalization;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// How long a plan will take, estimated before it runs from what it holds (calls and runs) and measured costs, so that a
/// run that fits in memory but will take hours says so at once: one warning line on stderr, not a refusal (a long run is
/// legitimate), never in the outputs. A lower bound in practice: the costs are this machine's without load.
/// </summary>
internal static class RunTimeEstimate
{
    /// <summary>
    /// CPU seconds per function call: a classic trace call is 16 events of about 0.85 µs each (docs/bench.md, "What is
    /// left is the model itself"; the full Azure day's 20.6 M calls took 291 s of user CPU, 14 µs a call).
    /// </summary>
    public const double SecondsPerCall = 13.6e-6;

    /// <summary>
    /// CPU seconds per run beside its calls (setup, its unit file, its summary): the 14 400-run sweep of thesis-sleep-120
    /// (functions 1..120 x docker_parallel_runs 1, 5, 10, 20 x 30 replications) took 335 s on 2 threads, about 45 ms
    /// a run at a load average of 30; 20 ms is the unloaded share.
    /// </summary>
    public const double SecondsPerRun = 0.02;

    /// <summary>Estimates above this warn.</summary>
    public static readonly TimeSpan WarnAbove = TimeSpan.FromMinutes(10);

    /// <summary>Writes one warning line to <paramref name="stderr"/> when the plan's estimate is above <see cref="WarnAbove"/>.</summary>
    public static void Warn(IReadOnlyList<RunUnit> units, int threads, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(stderr);
        if (Estimate(units, threads) is { } line)
        {
            stderr.WriteLine(line);
        }
    }

    /// <summary>The warning line for <paramref name="units"/> on <paramref name="threads"/> threads, or null when the estimate is at most <see cref="WarnAbove"/>.</summary>
    public static string? Estimate(IReadOnlyList<RunUnit> units, int threads)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            return null;
        }

        // Calls depend on the case (a generated workload's count is the same for every seed; a trace's is the trace's).
        var calls = new Dictionary<object, long>(ReferenceEqualityComparer.Instance);
        double total = 0, seconds = 0;
        foreach (var unit in units)
        {
            Interruption.ThrowIfRequested();
            if (!calls.TryGetValue(unit.Case, out long n))
            {
                var jobs = unit.Case.Workload.Jobs(new RandomStreams(unit.Seed), unit.Scenario.Parameters.Runtime.RuntimeMemoryMb);
                n = jobs is StreamedJobs { FunctionsTotal: { } known } ? known : jobs is StreamedJobs ? 0 : jobs.Sum(j => (long)j.Functions);
                calls[unit.Case] = n;
            }

            total += n;
            seconds += (n * SecondsPerCall) + SecondsPerRun;
        }

        // Runs share the threads; one run is one thread (the model's), so fewer runs than threads use fewer.
        int atOnce = Math.Max(1, Math.Min(threads, units.Count)); // --threads, not this machine's cores: the same line for the same command
        double wall = seconds / atOnce;
        if (wall <= WarnAbove.TotalSeconds)
        {
            return null;
        }

        string runs = units.Count == 1 ? "1 run" : string.Create(CultureInfo.InvariantCulture, $"{units.Count:N0} runs");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"warning: this will take about {Duration(wall)} ({runs}, {total:N0} function calls at about {SecondsPerCall * 1e6:0.#} µs each, {atOnce} at once; docs/bench.md); to shorten it, replay fewer calls (burstsim trace sample --scale, workload.max_functions, a shorter minutes window) or run fewer variants and replications");
    }

    private static string Duration(double seconds) => seconds switch
    {
        >= 172_800 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86_400:0.#} days"),
        >= 7_200 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3_600:0.#} hours"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0} minutes"),
    };
}
