using Burstsim.Results.Csv;

namespace Burstsim.Results.Regression;

/// <summary>
/// A summary.csv metric the regression gate compares, with its unit and which way is better.
/// Definitions are DESIGN.md's (startup = worker_start - host_job_create; makespan = last
/// worker_end - host_job_create; peak concurrency = most functions between func start and end at once).
/// </summary>
/// <param name="Name">The summary.csv column, e.g. <c>makespan_s</c>.</param>
/// <param name="Unit">Unit for tables: <c>s</c> or empty for counts.</param>
/// <param name="Better">Which direction is an improvement.</param>
/// <param name="Value">Reads the metric from one run's summary row.</param>
public sealed record GateMetric(string Name, string Unit, Better Better, Func<SummaryRow, double> Value)
{
    /// <summary>The metrics of the gate, in the order baselines list them.</summary>
    public static IReadOnlyList<GateMetric> All { get; } =
    [
        new("makespan_s", "s", Better.Lower, r => r.MakespanS),
        new("startup_p50_s", "s", Better.Lower, r => r.StartupP50S),
        new("startup_p95_s", "s", Better.Lower, r => r.StartupP95S),
        new("startup_p99_s", "s", Better.Lower, r => r.StartupP99S),
        new("startup_max_s", "s", Better.Lower, r => r.StartupMaxS),

        // More functions running together is the point of a burst: fewer is worse.
        new("peak_concurrency", string.Empty, Better.Higher, r => r.PeakConcurrency ?? double.NaN),

        // Containers and cold starts cost memory and Docker time: more is worse.
        new("containers", string.Empty, Better.Lower, r => r.Containers),
        new("cold_starts", string.Empty, Better.Lower, r => r.ColdStarts),
    ];

    /// <summary>
    /// Metrics a baseline gates only when its <c>metrics:</c> lists them: the container-lifecycle trade-off a keep-alive
    /// policy makes (the fraction of functions that paid a cold start, and memory held by idle containers).
    /// </summary>
    public static IReadOnlyList<GateMetric> Optional { get; } =
    [
        new("cold_start_ratio", string.Empty, Better.Lower, r => r.ColdStartRatio),
        new("idle_memory_gb_s", "GB-s", Better.Lower, r => r.IdleMemoryGbS),
    ];

    /// <summary>Every metric a baseline may name: <see cref="All"/> (the default set), then <see cref="Optional"/>.</summary>
    public static IReadOnlyList<GateMetric> Known { get; } = [.. All, .. Optional];

    /// <summary>The metric named <paramref name="name"/>, or null.</summary>
    public static GateMetric? Find(string name) => Known.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
}
