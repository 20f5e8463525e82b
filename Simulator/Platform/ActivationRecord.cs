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
    public int? HostResultQueryCount
    {
        get => _measured?.HostResultQueryCount;
        init => _measured = Measured with { HostResultQueryCount = value };
    }

    // worker side (Lithops runtime in the container)
    public required SimTime WorkerStart { get; init; }
    public required SimTime WorkerFuncStart { get; init; }
    public required SimTime WorkerFuncEnd { get; init; }
    public required SimTime WorkerEnd { get; init; }

    // Lithops statistics the model does not simulate (no payloads, no memory profile, result upload folded
    // into worker end): null, written as empty cells rather than a made-up 0. Real Lithops files fill them.
    // They live in one shared, immutable record that simulated rows leave null: 8 bytes a row instead of 104,
    // a third of each of the ten million records a 10^7-function run allocates.
    private LithopsMeasured? _measured;

    /// <summary>Not simulated (null); real Lithops files fill it, seconds.</summary>
    public SimSpan? WorkerResultUploadTime
    {
        get => _measured?.WorkerResultUploadTime;
        init => _measured = Measured with { WorkerResultUploadTime = value };
    }

    /// <summary>Not simulated (null); real Lithops files fill it, bytes.</summary>
    public long? WorkerPeakMemoryStart
    {
        get => _measured?.WorkerPeakMemoryStart;
        init => _measured = Measured with { WorkerPeakMemoryStart = value };
    }

    /// <summary>Not simulated (null); real Lithops files fill it, bytes.</summary>
    public long? WorkerPeakMemoryEnd
    {
        get => _measured?.WorkerPeakMemoryEnd;
        init => _measured = Measured with { WorkerPeakMemoryEnd = value };
    }

    /// <summary>Not simulated (null); real Lithops files fill it, bytes.</summary>
    public long? FuncDataSizeBytes
    {
        get => _measured?.FuncDataSizeBytes;
        init => _measured = Measured with { FuncDataSizeBytes = value };
    }

    /// <summary>Not simulated (null); real Lithops files fill it, bytes.</summary>
    public long? FuncModuleSizeBytes
    {
        get => _measured?.FuncModuleSizeBytes;
        init => _measured = Measured with { FuncModuleSizeBytes = value };
    }

    /// <summary>Not simulated (null); real Lithops files fill it, bytes.</summary>
    public double? FuncResultSize
    {
        get => _measured?.FuncResultSize;
        init => _measured = Measured with { FuncResultSize = value };
    }

    // platform detail beyond the Lithops columns (FaaSBatch reports these per invocation)
    /// <summary>Time the activation waited before a container was assigned (controller queue, dispatch interval, run buffer).</summary>
    public SimSpan QueueTime { get; init; }

    /// <summary>Container creation time paid by this activation (zero on a warm start).</summary>
    public SimSpan ColdStartTime { get; init; }

    /// <summary>Phased bodies: time in compute phases (zero for plain bodies).</summary>
    public SimSpan ComputeTime { get; init; }

    /// <summary>Phased bodies: time moving bytes in exchanges, from the collective's start to this function's last byte.</summary>
    public SimSpan CommTime { get; init; }

    /// <summary>Phased bodies: time waiting at exchanges for the job's other functions to arrive.</summary>
    public SimSpan SyncTime { get; init; }

    /// <summary>
    /// The critical path that ends at this function's end: the worker_start it begins at (this function's, or the
    /// last arrival's at each exchange it waited for), and the compute and comm time along it (no waiting: the last
    /// arrival never waits). For the last function to finish, it splits the makespan. Null: this function's own worker_start.
    /// </summary>
    public SimTime? PathOrigin { get; init; }

    /// <inheritdoc cref="PathOrigin"/>
    public SimSpan PathComputeTime { get; init; }

    /// <inheritdoc cref="PathOrigin"/>
    public SimSpan PathCommTime { get; init; }

    /// <summary>How this attempt ended; a function has exactly one Success or Failed row, after any Retried rows.</summary>
    public ActivationStatus Status { get; init; } = ActivationStatus.Success;

    /// <summary>0 for a function's first attempt, then 1, 2, ... for each retry or re-run.</summary>
    public int Attempt { get; init; }

    /// <summary>worker_func_exec_time: function end minus function start.</summary>
    public SimSpan FuncExecTime => WorkerFuncEnd - WorkerFuncStart;

    /// <summary>worker_exec_time: worker end minus worker start.</summary>
    public SimSpan WorkerExecTime => WorkerEnd - WorkerStart;

    /// <summary>The startup latency the paper plots: worker_start minus host_job_create.</summary>
    public SimSpan Startup => WorkerStart - HostJobCreate;

    private LithopsMeasured Measured => _measured ?? LithopsMeasured.None;
}
