namespace Burstsim.Results.Csv;

/// <summary>
/// One run (policy x replication) of summary.csv. Times in seconds; startup = worker_start -
/// host_job_create; percentiles interpolate linearly between order statistics (R type 7, numpy's
/// default); NaN when the run had no functions.
/// </summary>
/// <param name="Context">scenario, policy, granularity, replication, seed and the swept columns.</param>
/// <param name="Functions">Activation records seen.</param>
/// <param name="MakespanS">Last worker_end minus earliest host_job_create.</param>
/// <param name="PeakConcurrency">Most functions between func start and func end at once.</param>
/// <param name="Containers">Distinct container names.</param>
/// <param name="ColdStarts">Activations that paid a cold start.</param>
/// <param name="InvokersUsed">Distinct invokers that ran at least one function.</param>
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
    int InvokersUsed)
{
    /// <summary>
    /// The makespan's split along the function that finished last (its critical path): its startup, and the time
    /// its phased body spent computing, waiting for the other functions at exchanges, and moving bytes (zero for
    /// plain bodies). makespan = LastStartupS + ComputeS + SyncS + CommS + the runtime's own steps.
    /// </summary>
    public double LastStartupS { get; init; } = double.NaN;

    /// <inheritdoc cref="LastStartupS"/>
    public double ComputeS { get; init; }

    /// <inheritdoc cref="LastStartupS"/>
    public double SyncS { get; init; }

    /// <inheritdoc cref="LastStartupS"/>
    public double CommS { get; init; }
}
