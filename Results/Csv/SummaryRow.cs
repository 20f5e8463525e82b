namespace Burstsim.Results.Csv;

/// <summary>
/// One run (policy x replication) of summary.csv. Times in seconds; startup = worker_start -
/// host_job_create; percentiles interpolate linearly between order statistics (R type 7, numpy's
/// default); NaN (an empty cell) when the run had no functions, makespan included.
/// </summary>
/// <param name="Context">scenario, policy, granularity, replication, seed and the swept columns.</param>
/// <param name="Functions">Activation records seen.</param>
/// <param name="MakespanS">Last worker_end of an attempt that ran to the end (status success) minus earliest host_job_create; NaN when none did.</param>
/// <param name="PeakConcurrency">Most functions between func start and func end at once; null (an empty cell) when not measured (a real run imported without func start/end).</param>
/// <param name="Containers">Distinct container names.</param>
/// <param name="ColdStarts">Functions that paid a cold start in any of their attempts (at most <paramref name="Functions"/>); see <see cref="Attempts"/> for the attempts.</param>
/// <param name="InvokersUsed">Distinct invokers that ran at least one function.</param>
/// <param name="FunctionsRequested">Functions the workload asked for: <paramref name="Functions"/> plus <paramref name="RejectedFunctions"/>.</param>
/// <param name="RejectedJobs">Bursts the controller refused (burst_no_fit 'reject'); their functions have no records.</param>
/// <param name="RejectedFunctions">Functions of the refused bursts.</param>
/// <param name="Http429">HTTP 429 responses (namespace limits) the client received; each refused call slept and retried.</param>
/// <param name="DroppedTraceInvocations">Trace invocations left out before the run (Azure functions without durations).</param>
public sealed record SummaryRow(
    RunContext Context,
    int Functions,
    double MakespanS,
    double StartupP50S,
    double StartupP95S,
    double StartupP99S,
    double StartupMaxS,
    double StartupMeanS,
    int? PeakConcurrency,
    int Containers,
    int ColdStarts,
    int InvokersUsed,
    long FunctionsRequested = 0,
    int RejectedJobs = 0,
    long RejectedFunctions = 0,
    long Http429 = 0,
    long DroppedTraceInvocations = 0)
{
    /// <summary>
    /// The makespan split along its critical path (ending at the function that finished last, through the last
    /// arrival at each exchange): the startup it begins with (worker_start - host_job_create of its first function),
    /// and the compute and comm on it (zero for plain bodies). The rest of the makespan is the runtime's own steps
    /// (func start, result upload). Seconds.
    /// </summary>
    public double CriticalStartupS { get; init; } = double.NaN;

    /// <inheritdoc cref="CriticalStartupS"/>
    public double CriticalComputeS { get; init; }

    /// <inheritdoc cref="CriticalStartupS"/>
    public double CriticalCommS { get; init; }

    /// <summary>Mean over functions of the time moving bytes in exchanges, s (zero for plain bodies).</summary>
    public double CommMeanS { get; init; }

    /// <summary>Mean over functions of the time waiting at exchanges for the others to arrive, s (zero for plain bodies).</summary>
    public double SyncMeanS { get; init; }

    /// <summary>Functions that ended failed (retries used up, or lost workers of a burst that fails on a crash).</summary>
    public int Failed { get; init; }

    /// <summary>Attempts that failed and were tried again (rows with status retried).</summary>
    public int Retried { get; init; }

    /// <summary>Attempts (activation rows: every function's final attempt plus the retried ones); equals functions without faults.</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// Median of worker_func_start - host_job_create over the functions that succeeded, s: start-up up to the function's
    /// own code, as the burst paper's Figure 1 plots it (NaN when nothing succeeded or a file did not have it).
    /// </summary>
    public double FuncStartupP50S { get; init; } = double.NaN;

    /// <summary>Largest worker_func_start - host_job_create over the functions that succeeded, s (see <see cref="FuncStartupP50S"/>).</summary>
    public double FuncStartupMaxS { get; init; } = double.NaN;

    /// <summary>Functions (final rows, retried attempts left out) that paid a cold start / functions, 0..1; NaN without functions.</summary>
    public double ColdStartRatio { get; init; } = double.NaN;

    /// <summary>Memory held by idle warm containers x time, GB-s (GB = 1024 MB): from going idle (free or paused) until taken or removed, clipped to the usage window; NaN when not measured.</summary>
    public double IdleMemoryGbS { get; init; } = double.NaN;

    /// <summary>HTTP 503 answers ("No invokers available": no invoker Healthy) the client received for calls or bursts.</summary>
    public long Http503 { get; init; }

    /// <summary>Times the controllers took an invoker out of rotation for its errors (OpenWhisk InvokerSupervision: Unhealthy or Unresponsive).</summary>
    public long InvokersTakenOut { get; init; }

    /// <summary>What the run held of the cluster and its price; null when not computed (e.g. read from an older file).</summary>
    public Cost.RunCost? Cost { get; init; }
}
