namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>The Lithops client (OpenWhisk backend). Sources in each property's comment.</summary>
public sealed record ClientParameters
{
    /// <summary>Pickling the function and its data. Calibration data: host_job_serialize_time about 6 ms.</summary>
    public double JobSerializeS { get; init; } = 0.006;

    /// <summary>Uploading the function module to storage. Calibration data: host_func_upload_time 0.035-0.075 s (median 0.045).</summary>
    public double FuncUploadS { get; init; } = 0.045;

    /// <summary>Uploading the iterdata to storage. Calibration data: host_data_upload_time 0 for sleep inputs.</summary>
    public double DataUploadS { get; init; } = 0.0;

    /// <summary>Lithops config invoke_pool_threads (default 500): HTTP calls in flight at once.</summary>
    public int InvokePoolThreads { get; init; } = 500;

    /// <summary>Lithops config max_workers (default 100): functions in flight; the rest wait for a finished one.</summary>
    public int MaxWorkers { get; init; } = 100;

    /// <summary>Client CPU per call under the GIL before its POST leaves. Calibration data: 48 calls submitted in 0.044 s, 96 in 0.096 s.</summary>
    public double PerCallSubmitS { get; init; } = 0.001;

    /// <summary>One-way client to controller HTTP latency (same region). Calibration data: submit to first placement ~20 ms.</summary>
    public double HttpOneWayS { get; init; } = 0.010;

    /// <summary>Lithops invokers.py: on HTTP 429 the call sleeps random.randint(0, this) whole seconds, returns its token and is requeued.</summary>
    public int RetryOn429MaxS { get; init; } = 5;

    /// <summary>Lithops config monitoring_interval (default 2 s): the storage monitor's sleep between status listings.</summary>
    public double MonitoringIntervalS { get; init; } = 2.0;

    /// <summary>Lithops monitor.py: after a listing that found newly finished calls, the monitor sleeps only this long.</summary>
    public double MonitoringBusyIntervalS { get; init; } = 0.5;

    /// <summary>Lithops wait(): the main thread collects results in passes this far apart (WAIT_DUR_SEC = 1).</summary>
    public double WaitLoopS { get; init; } = 1.0;

    /// <summary>Listing the status objects and downloading new ones (64 threads). Calibration data: status done 0.5 s after worker end when calls finish spread out.</summary>
    public double StatusDownloadS { get; init; } = 0.05;
}
