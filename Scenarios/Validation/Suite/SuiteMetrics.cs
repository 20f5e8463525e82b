namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// The metrics the suite compares, by name, with how each is read off a run (real or simulated, same definition).
/// Startups are worker_start - job submission; seconds unless named otherwise.
/// </summary>
internal static class SuiteMetrics
{
    /// <summary>The first function's startup, s.</summary>
    public const string StartupFirst = "startup_first_s";

    /// <summary>Median startup, s.</summary>
    public const string StartupP50 = "startup_p50_s";

    /// <summary>95th percentile startup, s.</summary>
    public const string StartupP95 = "startup_p95_s";

    /// <summary>Last function end - job submission, s.</summary>
    public const string Makespan = "makespan_s";

    /// <summary>Most functions running at once.</summary>
    public const string Peak = "peak_concurrency";

    /// <summary>Mean over functions of the time spent in the exchange, s.</summary>
    public const string CommMean = "comm_mean_s";

    /// <summary>Every metric name, in table order.</summary>
    public static IReadOnlyList<string> Names { get; } = [StartupFirst, StartupP50, StartupP95, Makespan, Peak, CommMean];

    /// <summary>A simulated (or Lithops-file) run's value of <paramref name="metric"/>.</summary>
    /// <exception cref="ArgumentException">An unknown metric name (the suite reader refuses those first).</exception>
    public static double Of(string metric, RunMetrics run) => metric switch
    {
        StartupFirst => run.Startups.Count == 0 ? double.NaN : run.Startups[0],
        StartupP50 => run.Summary.StartupP50S,
        StartupP95 => run.Summary.StartupP95S,
        Makespan => run.Summary.MakespanS,
        Peak => run.Summary.PeakConcurrency ?? double.NaN,
        CommMean => run.Summary.CommMeanS,
        _ => throw new ArgumentException($"unknown suite metric '{metric}'", nameof(metric)),
    };
}
