namespace Burstsim.Results.Csv;

/// <summary>
/// One run (policy x replication) of summary.csv. Times in seconds; startup = worker_start -
/// host_job_create; percentiles interpolate linearly between order statistics (R type 7, numpy's
/// default); NaN (an empty cell) when the run had no functions, makespan included.
/// </summary>
/// <param name="Context">scenario, policy, granularity, replication, seed and the swept columns.</param>
/// <param name="Functions">Activation records seen.</param>
/// <param name="MakespanS">Last worker_end minus earliest host_job_create.</param>
/// <param name="PeakConcurrency">Most functions between func start and func end at once.</param>
/// <param name="Containers">Distinct container names.</param>
/// <param name="ColdStarts">Activations that paid a cold start.</param>
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
    int PeakConcurrency,
    int Containers,
    int ColdStarts,
    int InvokersUsed,
    long FunctionsRequested = 0,
    int RejectedJobs = 0,
    long RejectedFunctions = 0,
    long Http429 = 0,
    long DroppedTraceInvocations = 0);
