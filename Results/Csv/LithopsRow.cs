namespace Burstsim.Results.Csv;

/// <summary>
/// One row of a Lithops statistics CSV (a real run's, or burstsim's own activations.csv read
/// back). Times are seconds as the file has them: Unix epoch seconds for real runs, seconds from
/// the simulation epoch for burstsim. Only the two columns the startup metric needs are
/// required; the others are null when the file lacks the column or leaves the cell empty.
/// </summary>
public sealed record LithopsRow
{
    public required double HostJobCreateTstamp { get; init; }
    public double? HostJobSerializeTime { get; init; }
    public double? FuncDataSizeBytes { get; init; }
    public double? FuncModuleSizeBytes { get; init; }
    public double? HostFuncUploadTime { get; init; }
    public double? HostDataUploadTime { get; init; }
    public double? HostJobCreatedTime { get; init; }
    public double? HostStatusDoneTstamp { get; init; }
    public long? HostStatusQueryCount { get; init; }
    public required double WorkerStartTstamp { get; init; }
    public double? HostSubmitTstamp { get; init; }
    public bool? WorkerColdStart { get; init; }
    public double? WorkerPeakMemoryStart { get; init; }
    public double? WorkerFuncStartTstamp { get; init; }
    public double? WorkerFuncEndTstamp { get; init; }
    public double? WorkerFuncExecTime { get; init; }
    public double? FuncResultSize { get; init; }
    public double? WorkerResultUploadTime { get; init; }
    public double? WorkerPeakMemoryEnd { get; init; }
    public double? WorkerEndTstamp { get; init; }
    public double? WorkerExecTime { get; init; }
    public double? HostResultDoneTstamp { get; init; }
    public long? HostResultQueryCount { get; init; }

    // burstsim's columns (null in real Lithops files)
    public string? Scenario { get; init; }
    public string? Policy { get; init; }
    public string? Granularity { get; init; }
    public int? Replication { get; init; }
    public ulong? Seed { get; init; }
    public int? FunctionId { get; init; }
    public string? Invoker { get; init; }
    public string? Container { get; init; }
    public int? JobId { get; init; }
    public string? Tenant { get; init; }
    public double? QueueTime { get; init; }
    public double? ColdStartTime { get; init; }

    /// <summary>Columns this reader does not know (burstsim's swept parameters, newer Lithops statistics), in file order; empty cells left out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];

    /// <summary>1-based line of the row in its file, for messages about it.</summary>
    public long Line { get; init; }

    /// <summary>The startup latency the paper plots: worker_start minus host_job_create, in seconds.</summary>
    public double Startup => WorkerStartTstamp - HostJobCreateTstamp;

    /// <summary>The run a burstsim row belongs to (extra columns as its swept values), or null for a real Lithops row.</summary>
    public RunContext? ToRunContext() =>
        Scenario is null || Policy is null || Granularity is null || Replication is null || Seed is null
            ? null
            : new RunContext(Scenario, Policy, Granularity, Replication.Value, Seed.Value) { Swept = Extra };
}
