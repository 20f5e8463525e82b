namespace Burstsim.Results.Csv;

/// <summary>Column names of summary.csv, in file order (the DESIGN.md contract plus mean and invokers, then the keep-alive study's cold_start_ratio and idle_memory_gb_s, then invoker health: http_503 and invokers_taken_out, then the per-use billed GB-s and the attempts, then start-up to the function's own start).</summary>
public static class SummaryColumns
{
    /// <summary>The fixed columns; swept parameter columns follow them.</summary>
    public static IReadOnlyList<string> Fixed { get; } =
    [
        "scenario", "policy", "granularity", "replication", "seed", "functions", "makespan_s",
        "startup_p50_s", "startup_p95_s", "startup_p99_s", "startup_max_s", "startup_mean_s",
        "peak_concurrency", "containers", "cold_starts", "invokers_used",
        "functions_requested", "rejected_jobs", "rejected_functions", "http_429", "dropped_trace_invocations",
        "critical_startup_s", "critical_compute_s", "critical_comm_s", "comm_mean_s", "sync_mean_s",
        "failed", "retried", "reserved_cpu_s", "busy_cpu_s", "memory_gb_s", "container_s", "requests", "invoker_hours", "utilisation", "price",
        "cold_start_ratio", "idle_memory_gb_s", "http_503", "invokers_taken_out",
        "billed_gb_s", "attempts", "func_startup_p50_s", "func_startup_max_s",
    ];

    /// <summary>The full header: the fixed columns, then the swept parameter columns in the given order.</summary>
    public static IReadOnlyList<string> Header(IEnumerable<string> sweptColumns) => [.. Fixed, .. sweptColumns];

    /// <summary>Whether a name is one of the fixed columns (a swept column may not reuse it).</summary>
    public static bool IsFixed(string name) => FixedSet.Contains(name);

    private static readonly HashSet<string> FixedSet = new(Fixed, StringComparer.Ordinal);
}
