namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>The Lithops client (OpenWhisk backend). Sources in each property's comment.</summary>
public sealed record ClientParameters
{
    /// <summary>
    /// The OpenWhisk API key Lithops is configured with; its first 5 characters name the action's package
    /// (lithops-burst openwhisk.py: package = f"lithops_{api_key[:5]}"). Default: the guest key of
    /// openwhisk-deploy-kube's helm values (whisk.auth.guest), which both deployments kept.
    /// </summary>
    public string ApiKey { get; init; } = "23bc46b1-71f6-4ed5-8c54-816aa4f8c502";

    /// <summary>The Lithops version, the last part of the action name. lithops-burst lithops/version.py: 2.9.1.dev0 (Feb-Nov 2023).</summary>
    public string LithopsVersion { get; init; } = "2.9.1.dev0";

    /// <summary>Pickling the function and its data. Calibration data: host_job_serialize_time about 6 ms. Spread 0.28: per-run host_job_serialize_time: log-sd 0.28 over the 14 runs.</summary>
    public Latency JobSerializeS { get; init; } = new(0.006, 0.28);

    /// <summary>Uploading the function module to storage. Calibration data: host_func_upload_time 0.035-0.075 s (median 0.045). Spread 0.45: per-run host_func_upload_time: log-sd 0.45 over the 14 runs.</summary>
    public Latency FuncUploadS { get; init; } = new(0.045, 0.45);

    /// <summary>Uploading the iterdata to storage. Calibration data: host_data_upload_time 0 for sleep inputs.</summary>
    public Latency DataUploadS { get; init; } = new(0.0);

    /// <summary>Lithops config invoke_pool_threads (default 500): HTTP calls in flight at once.</summary>
    public int InvokePoolThreads { get; init; } = 500;

    /// <summary>Lithops config max_workers (default 100): functions in flight; the rest wait for a finished one.</summary>
    public int MaxWorkers { get; init; } = 100;

    /// <summary>
    /// Lithops map(chunksize=...): function calls carried by one activation. The invoker splits the call ids with
    /// iterchunks(call_ids, chunksize) and sends one OpenWhisk activation per chunk, each taking one max_workers token
    /// (lithops invokers.py FaaSInvoker._invoke_job); the job monitor returns the token when every call of the chunk is
    /// done (monitor.py _generate_tokens). Default (null, "auto"): worker_processes, as lithops config.py sets
    /// lithops.chunksize when the config does not, hence 1 by default. Applies to calls sent one by one (classic
    /// balancers): the burst fork sends one call with every input whatever the chunksize (lithops-burst invokers.py
    /// _invoke_job, "if job.burst"), and FaaSBatch batches plain invocations itself.
    /// </summary>
    public int? Chunksize { get; init; }

    /// <summary>
    /// Lithops' OpenWhisk backend worker_processes (default 1, lithops serverless/backends/openwhisk/config.py
    /// DEFAULT_CONFIG_KEYS): processes that run one activation's calls. The worker's function_handler starts
    /// min(worker_processes, calls) processes that take the calls from one queue, each stamping worker_start as it
    /// takes a call (lithops worker/handler.py: python_queue_consumer, prepare_and_run_task).
    /// </summary>
    public int WorkerProcesses { get; init; } = 1;

    /// <summary>The chunksize in effect: <see cref="Chunksize"/>, or worker_processes when it is not set (lithops config.py).</summary>
    public int CallsPerActivation => Chunksize ?? WorkerProcesses;

    /// <summary>Client CPU per call under the GIL before its POST leaves. Calibration data: 48 calls submitted in 0.044 s, 96 in 0.096 s. Spread 0.6: gaps between successive host_submit_tstamp of the classic runs: log-sd 0.62.</summary>
    public Latency PerCallSubmitS { get; init; } = new(0.001, 0.6);

    /// <summary>One-way client to controller HTTP latency (same region). Calibration data: submit to first placement ~20 ms. Spread 0.16: shares the 0.16 spread of the startup path (see WorkerSetupS).</summary>
    public Latency HttpOneWayS { get; init; } = new(0.010, 0.16);

    /// <summary>Lithops invokers.py: on HTTP 429 the call sleeps random.randint(0, this) whole seconds, returns its token and is requeued.</summary>
    public int RetryOn429MaxS { get; init; } = 5;

    /// <summary>Lithops config monitoring_interval (default 2 s): the storage monitor's sleep between status listings.</summary>
    public double MonitoringIntervalS { get; init; } = 2.0;

    /// <summary>Lithops monitor.py: after a listing that found newly finished calls, the monitor sleeps only this long.</summary>
    public double MonitoringBusyIntervalS { get; init; } = 0.5;

    /// <summary>Lithops wait(): the main thread collects results in passes this far apart (WAIT_DUR_SEC = 1).</summary>
    public double WaitLoopS { get; init; } = 1.0;

    /// <summary>Listing the status objects and downloading new ones (64 threads). Calibration data: status done 0.5 s after worker end when calls finish spread out. Spread 0.3.</summary>
    public Latency StatusDownloadS { get; init; } = new(0.05, 0.3);
}
