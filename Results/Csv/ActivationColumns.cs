using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Csv;

/// <summary>
/// Column names of activations.csv, in file order. The Lithops names and their order are the
/// contract (../shared/calibration/README.md): scripts written for real Lithops runs read ours.
/// </summary>
public static class ActivationColumns
{
    /// <summary>The 23 Lithops per-call statistics, exactly as Lithops names and orders them.</summary>
    public static IReadOnlyList<string> Lithops { get; } =
    [
        "host_job_create_tstamp", "host_job_serialize_time", "func_data_size_bytes", "func_module_size_bytes",
        "host_func_upload_time", "host_data_upload_time", "host_job_created_time", "host_status_done_tstamp",
        "host_status_query_count", "worker_start_tstamp", "host_submit_tstamp", "worker_cold_start",
        "worker_peak_memory_start", "worker_func_start_tstamp", "worker_func_end_tstamp",
        "worker_func_exec_time", "func_result_size", "worker_result_upload_time", "worker_peak_memory_end",
        "worker_end_tstamp", "worker_exec_time", "host_result_done_tstamp", "host_result_query_count",
    ];

    /// <summary>Which run and where the function ran (the DESIGN.md contract).</summary>
    public static IReadOnlyList<string> Run { get; } =
        ["scenario", "policy", "granularity", "replication", "seed", "function_id", "invoker", "container"];

    /// <summary>
    /// Platform detail beyond the contract (FaaSBatch reports these per invocation), then how the attempt
    /// ended: status success, retried or failed, and attempt 0, 1, ... (retries and burst re-runs).
    /// </summary>
    public static IReadOnlyList<string> Platform { get; } = ["job_id", "tenant", "queue_time", "cold_start_time", "compute_s", "comm_s", "sync_s", "status", "attempt"];

    /// <summary>The <c>status</c> cell of an attempt.</summary>
    public static string StatusText(ActivationStatus status) => status switch
    {
        ActivationStatus.Retried => "retried",
        ActivationStatus.Failed => "failed",
        _ => "success",
    };

    /// <summary>The full header: the fixed columns, then the swept parameter columns in the given order.</summary>
    public static IReadOnlyList<string> Header(IEnumerable<string> sweptColumns) =>
        [.. Lithops, .. Run, .. Platform, .. sweptColumns];

    /// <summary>Whether a name is one of the fixed columns (a swept column may not reuse it).</summary>
    public static bool IsFixed(string name) => FixedNames.Contains(name);

    private static readonly HashSet<string> FixedNames = new([.. Lithops, .. Run, .. Platform], StringComparer.Ordinal);
}
