namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>Every latency and limit of the model, grouped by component; defaults documented where defined.</summary>
public sealed record PlatformParameters
{
    /// <summary>The Lithops client (job creation, thread pool, polling).</summary>
    public ClientParameters Client { get; init; } = new();
    /// <summary>The OpenWhisk controller (request latency, namespace limits, placement).</summary>
    public ControllerParameters Controller { get; init; } = new();
    /// <summary>The Kafka message bus between controller and invokers.</summary>
    public BusParameters Bus { get; init; } = new();
    /// <summary>The invokers (container pool, docker, pause and idle timeouts, stem cells).</summary>
    public InvokerParameters Invoker { get; init; } = new();
    /// <summary>The Lithops runtime in the container (worker and function start and end).</summary>
    public RuntimeParameters Runtime { get; init; } = new();
    /// <summary>FaaSBatch's dispatcher (dispatch interval, container reuse, client reuse).</summary>
    public FaaSBatchParameters FaaSBatch { get; init; } = new();
    /// <summary>Group communication and storage (NICs, broker, object storage).</summary>
    public NetworkParameters Network { get; init; } = new();
    /// <summary>Fault detection and recovery (timeouts, retries, burst rerun on crash).</summary>
    public RecoveryParameters Recovery { get; init; } = new();
    /// <summary>AWS Lambda behind the Lithops aws_lambda backend (policy <c>cloud:aws-lambda</c>).</summary>
    public AwsLambdaParameters AwsLambda { get; init; } = new();
    /// <summary>Google Cloud Functions behind the Lithops gcp_functions backend (policy <c>cloud:gcp-functions</c>).</summary>
    public GcpFunctionsParameters GcpFunctions { get; init; } = new();

    /// <summary>
    /// Draw every latency from its distribution (true, the default) or use every median (false: a run without
    /// run-to-run variability, for hand-worked checks). Same seed, same draws either way.
    /// </summary>
    public bool Variability { get; init; } = true;

    /// <summary>
    /// Run-level variability: sigma of ln of one factor drawn per run (stream <c>run-level</c>) that scales the median
    /// of every platform-side latency (controller, bus, invoker, runtime; not the client's): what one run shares,
    /// the cluster's state, the registry, the control plane. Set so that the simulated first burst start varies from
    /// replication to replication as much as across the 12 burst runs of ../shared/calibration (log-sd 0.085 of
    /// submit to first worker_start); docs/validation.md, "Run-level variability", gives the scan. Checked, never
    /// fitted, against the three repeated TeraSort runs. 0 (or <see cref="Variability"/> false) turns it off.
    /// </summary>
    public double RunLevelSpread { get; init; } = RunLevelSpreadDefault;

    /// <summary>The fitted default of <see cref="RunLevelSpread"/>.</summary>
    internal const double RunLevelSpreadDefault = 0.05;

    /// <summary>What a burst pack container is charged against userMemory. Default: runtime_memory once per pack (see PackMemory for the evidence).</summary>
    public BurstPackMemory BurstPackMemory { get; init; } = BurstPackMemory.PerPack;

    /// <summary>
    /// Keep burst pack containers warm when their workers end: the pack's CPUs go back to the inventory at once, the
    /// container stays in the invoker's pool (evictable, removed after <c>invoker.idle_timeout_s</c> like any OpenWhisk
    /// container) and a later pack of the same action, memory and size on that invoker reuses it without a cold start.
    /// Default false: every calibration run and the thesis' runs were cold bursts.
    /// </summary>
    public bool WarmBursts { get; init; }

    /// <summary>What a burst does when it does not fit. Default: wait.</summary>
    public BurstNoFit BurstNoFit { get; init; } = BurstNoFit.Wait;
}
