using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// What one function left behind: the Lithops per-call statistics (instants on the simulation
/// clock, durations as spans) and where it ran. Emitted once, when the client has its result.
/// Column names in the CSV follow ../shared/calibration/README.md exactly.
/// </summary>
public sealed record ActivationRecord
{
    /// <summary>0-based index of the function within its job (Lithops call id).</summary>
    public required int FunctionId { get; init; }

    /// <summary>The job (one map or burst call) the function belongs to; several jobs run in multi-tenant scenarios.</summary>
    public int JobId { get; init; }

    public string Tenant { get; init; } = "guest";

    public string Function { get; init; } = "lithops-fn";

    /// <summary>Invoker name, e.g. <c>invoker0</c>.</summary>
    public required string Invoker { get; init; }

    /// <summary>Container name, unique within the run, e.g. <c>container12</c>.</summary>
    public required string Container { get; init; }

    public required bool ColdStart { get; init; }

    // host side (Lithops client)
    public required SimTime HostJobCreate { get; init; }
    public SimSpan HostJobSerializeTime { get; init; }
    public SimSpan HostFuncUploadTime { get; init; }
    public SimSpan HostDataUploadTime { get; init; }
    public SimSpan HostJobCreatedTime { get; init; }
    public required SimTime HostSubmit { get; init; }
    public required SimTime HostStatusDone { get; init; }
    public int HostStatusQueryCount { get; init; }
    public required SimTime HostResultDone { get; init; }
    /// <summary>Not simulated (null: the CSV cell is empty).</summary>
    public int? HostResultQueryCount { get; init; }

    // worker side (Lithops runtime in the container)
    public required SimTime WorkerStart { get; init; }
    public required SimTime WorkerFuncStart { get; init; }
    public required SimTime WorkerFuncEnd { get; init; }
    public required SimTime WorkerEnd { get; init; }

    // Lithops statistics the model does not simulate (no payloads, no memory profile, result upload folded
    // into worker end): null, written as empty cells rather than a made-up 0. Real Lithops files fill them.
    public SimSpan? WorkerResultUploadTime { get; init; }
    public long? WorkerPeakMemoryStart { get; init; }
    public long? WorkerPeakMemoryEnd { get; init; }
    public long? FuncDataSizeBytes { get; init; }
    public long? FuncModuleSizeBytes { get; init; }
    public double? FuncResultSize { get; init; }

    // platform detail beyond the Lithops columns (FaaSBatch reports these per invocation)
    /// <summary>Time the activation waited before a container was assigned (controller queue, dispatch interval, run buffer).</summary>
    public SimSpan QueueTime { get; init; }

    /// <summary>Container creation time paid by this activation (zero on a warm start).</summary>
    public SimSpan ColdStartTime { get; init; }

    /// <summary>worker_func_exec_time: function end minus function start.</summary>
    public SimSpan FuncExecTime => WorkerFuncEnd - WorkerFuncStart;

    /// <summary>worker_exec_time: worker end minus worker start.</summary>
    public SimSpan WorkerExecTime => WorkerEnd - WorkerStart;

    /// <summary>The startup latency the paper plots: worker_start minus host_job_create.</summary>
    public SimSpan Startup => WorkerStart - HostJobCreate;
}
