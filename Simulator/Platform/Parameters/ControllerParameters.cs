namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>The OpenWhisk controller: request path and namespace limits.</summary>
public sealed record ControllerParameters
{
    /// <summary>nginx + authentication + action lookup in CouchDB. OpenWhisk issues: CouchDB read 41 ms on Kubernetes. Spread 0.16: shares the 0.16 spread of the startup path.</summary>
    public Latency RequestLatencyS { get; init; } = new(0.041, 0.16);

    /// <summary>Namespace concurrent-invocation limit; over it: HTTP 429. Deploy value 1000 (OpenWhisk default 30).</summary>
    public int ConcurrentLimit { get; init; } = 1000;

    /// <summary>Namespace invocations-per-minute limit, counted per wall-clock minute (RateThrottler); over it: HTTP 429. Deploy value 1000 (OpenWhisk default 60).</summary>
    public int PerMinuteLimit { get; init; } = 1000;

    /// <summary>
    /// Number of controllers behind nginx (round robin per call). Each owns 1/N of every invoker's memory slots
    /// (ShardingContainerPoolBalancer: userMemory / clusterSize) and enforces max(1, ceil(limit x 1.2) / N) of each
    /// namespace limit (Entitlement). openwhisk-deploy-kube default 1.
    /// </summary>
    public int Controllers { get; init; } = 1;

    /// <summary>Fraction of invokers for managed (runtime-provided) actions. OpenWhisk default 0.9.</summary>
    public double ManagedFraction { get; init; } = 0.9;

    /// <summary>Fraction of invokers for blackbox (Docker image) actions, where Lithops runs. Deploy value 1.0 (OpenWhisk default 0.1).</summary>
    public double BlackboxFraction { get; init; } = 1.0;

    /// <summary>
    /// Burst: the controller's work per pack message (an activation id, the pack's slice of the inputs, its
    /// activation record), s. A burst call's packs are all prepared before the first is published, so the first
    /// pack leaves after packs x this. It would explain why the real first start grows with the number of packs
    /// (about 1.3 s with 10 packs, 1.7 s with 240 in burst-validation-results invocation/480, a validation-only run).
    /// Default 0: fitted to ../shared/calibration together with pack_setup_s and docker_run_serial_s it comes out at
    /// 0.00005 s and is not identifiable (runs of at most 48 packs do not show it; docs/validation.md), and the burst
    /// fork's controller source is not public. Set it where runs with many packs say more.
    /// </summary>
    public double PackMessageS { get; init; }

    /// <summary>Burst: delay before an invoker's free-CPU report reaches the controller (burst fork: invokers notify the controller on change). Spread 0.16.</summary>
    public Latency InventoryReportDelayS { get; init; } = new(0.010, 0.16);
}
