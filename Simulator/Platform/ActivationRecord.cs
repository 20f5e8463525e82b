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

    /// <summary>The namespace (tenant) that invoked the function; <c>guest</c> unless the workload names tenants.</summary>
    public string Tenant { get; init; } = "guest";

    /// <summary>The action (function) name.</summary>
    public string Function { get; init; } = "lithops-fn";

    /// <summary>Invoker name, e.g. <c>invoker0</c>.</summary>
    public required string Invoker { get; init; }

    /// <summary>Container name, unique within the run, e.g. <c>container12</c>.</summary>
    public required string Container { get; init; }

    /// <summary>True when the function's container was created for it (not a warm or prewarmed one).</summary>
    public required bool ColdStart { get; init; }

    // host side (Lithops client)
    /// <summary>Lithops <c>host_job_create</c>: the client starts creating the job (the startup and makespan origin).</summary>
    public required SimTime HostJobCreate { get; init; }
    /// <summary>Lithops <c>host_job_serialize_time</c>: serializing the job, a duration.</summary>
    public SimSpan HostJobSerializeTime { get; init; }
    /// <summary>Lithops <c>host_func_upload_time</c>: uploading the function, a duration.</summary>
    public SimSpan HostFuncUploadTime { get; init; }
    /// <summary>Lithops <c>host_data_upload_time</c>: uploading the call data, a duration.</summary>
    public SimSpan HostDataUploadTime { get; init; }
    /// <summary>Lithops <c>host_job_created_time</c>: the whole job creation, a duration.</summary>
    public SimSpan HostJobCreatedTime { get; init; }
    /// <summary>Lithops <c>host_submit_tstamp</c>: the client submits the call.</summary>
    public required SimTime HostSubmit { get; init; }
    /// <summary>Lithops <c>host_status_done_tstamp</c>: the client sees the call's status as done.</summary>
    public required SimTime HostStatusDone { get; init; }
    /// <summary>Lithops <c>host_status_query_count</c>: status polls until done.</summary>
    public int HostStatusQueryCount { get; init; }
    /// <summary>Lithops <c>host_result_done_tstamp</c>: the client has the result.</summary>
    public required SimTime HostResultDone { get; init; }
    /// <summary>Not simulated (null: the CSV cell is empty).</summary>
    public int? HostResultQueryCount
    {
        get => _measured?.HostResultQueryCount;
        init => _measured = Measured with { HostResultQueryCount = value };
    }

    // worker side (Lithops runtime in the container)
    /// <summary>Lithops <c>worker_start_tstamp</c>: the runtime starts the worker (startup ends here).</summary>
    public required SimTime WorkerStart { get; init; }
    /// <summary>Lithops <c>worker_func_start_tstamp</c>: the user function starts.</summary>
    public required SimTime WorkerFuncStart { get; init; }
    /// <summary>Lithops <c>worker_func_end_tstamp</c>: the user function ends.</summary>
    public required SimTime WorkerFuncEnd { get; init; }
    /// <summary>Lithops <c>worker_end_tstamp</c>: the worker ends (the makespan's end for the last one).</summary>
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
