using Burstsim.Results.Csv;

namespace Burstsim.Scenarios.Validation;

/// <summary>The metrics validate compares, by their validation.csv names.</summary>
internal static class ValidationMetrics
{
    public const string KsStartup = "ks_startup";

    public const string PeakConcurrency = "peak_concurrency";

    /// <summary>Summary metrics compared by relative error, in output order.</summary>
    public static readonly IReadOnlyList<(string Name, Func<SummaryRow, double> Value)> Summary =
    [
        ("startup_p50_s", r => r.StartupP50S),
        ("startup_p95_s", r => r.StartupP95S),
        ("startup_p99_s", r => r.StartupP99S),
        ("startup_max_s", r => r.StartupMaxS),
        ("makespan_s", r => r.MakespanS),
        (PeakConcurrency, r => r.PeakConcurrency ?? double.NaN),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Summary.Select(m => m.Name), KsStartup];
}
