namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>An OpenWhisk invoker: container pool, Docker and the container lifecycle.</summary>
public sealed record InvokerParameters
{
    /// <summary>docker parallel-runs: concurrent `docker run` per invoker. OpenWhisk default 10; 0 means unlimited, as in OpenWhisk's DockerClient (a semaphore of Int.MaxValue permits).</summary>
    public int DockerParallelRuns { get; init; } = 10;

    /// <summary>
    /// The part of `docker run` the Docker daemon does one container at a time (create, mounts, network).
    /// Calibration data: successive cold containers on one invoker start 0.15-0.16 s apart, classic and burst alike; fitted by
    /// <c>burstsim calibrate</c> to startup p50/p95 of all 14 runs (docs/validation.md; a refit from 0.3 s gives 0.1517).
    /// Spread 0.4: gaps between successive pack starts on one invoker: log-sd 0.37-0.45 over the 12 burst runs.</summary>
    public Latency DockerRunSerialS { get; init; } = new(0.152, 0.4);

    /// <summary>The rest of `docker run` (process start), concurrent. OpenWhisk issue log: docker run alone about 0.37 s, less the serial part. Spread 0.16: startup-path spread.</summary>
    public Latency DockerRunStartS { get; init; } = new(0.25, 0.16);

    /// <summary>
    /// The invoker's container factory, whose rule decides when an image is pulled. Default docker: the deployment of both
    /// the calibration and the thesis runs (Burst-Computing/openwhisk-deploy-kube-burst eks/ow-burst.yaml, eks/ow-classic.yaml
    /// and mycluster.yaml: invoker.containerFactory.impl "docker").
    /// </summary>
    public ContainerFactory ContainerFactory { get; init; } = ContainerFactory.Docker;

    /// <summary>Force the pull rule: true pulls before every run, false never pulls. Null (default): the container factory's rule.</summary>
    public bool? PullBeforeRun { get; init; }

    /// <summary>
    /// `docker pull` of an image the node already has: the registry check (token and manifest round trips), s; concurrent
    /// pulls of one image on a node are merged (OpenWhisk DockerClient pullsInFlight). Default 0: in the calibration
    /// deployment (EKS, the registry's own cloud) it is inside the measured path and cannot be told apart from
    /// <see cref="RuntimeParameters.WorkerSetupS"/> (the files fix only their sum). The thesis rack's is in its profile.
    /// Spread 0.16.</summary>
    public Latency DockerPullS { get; init; } = new(0, 0.16);

    /// <summary>
    /// Bandwidth from the registry to one node, MB/s, shared equally by the node's concurrent image downloads. Default 125
    /// (a 1 Gbit/s link): an assumption, no source measures it for these deployments; set it for your network.
    /// </summary>
    public double RegistryMbPerS { get; init; } = 125;

    /// <summary>
    /// Every node has the runtime image when the run starts. Default true: in the calibration runs the first container
    /// on each invoker starts 1.27-1.72 s after submission, no room for downloading a ~1 GB image.
    /// </summary>
    public bool ImageCachedAtStart { get; init; } = true;

    /// <summary>/init of the action in a new container. IBM Cloud Functions data: about 0.3 s for a Python action alone. Spread 0.16: startup-path spread.</summary>
    public Latency InitS { get; init; } = new(0.3, 0.16);

    /// <summary>Invoker to container /run request. OpenWhisk issue logs: warm path of a few ms. Spread 0.16.</summary>
    public Latency RunRequestS { get; init; } = new(0.005, 0.16);

    /// <summary>Pause grace: a free container is paused after this. OpenWhisk default 10 s (50 ms before mid-2022).</summary>
    public double PauseGraceS { get; init; } = 10.0;

    /// <summary>Unpausing a paused container before reuse (runc resume). OpenWhisk issue logs: about 10 ms. Spread 0.16.</summary>
    public Latency UnpauseS { get; init; } = new(0.010, 0.16);

    /// <summary>Idle container removal. OpenWhisk default 10 min.</summary>
    public double IdleTimeoutS { get; init; } = 600.0;


    /// <summary>
    /// Prewarmed stem cells per invoker at start (nodejs:14, never used by blackbox Lithops actions). Deploy value:
    /// Burst-Computing/openwhisk-deploy-kube-burst helm/openwhisk/runtimes.json (commit 928872e, 2023-06-20, unchanged
    /// since), stemCells initialCount 2. The invoker's ContainerPool counts them against userMemory when deciding whether
    /// a new container fits, while the controller's memory slots do not: the gap leaves the last slots' activations
    /// waiting in the invoker's buffer.
    /// </summary>
    public int StemCells { get; init; } = 2;

    /// <summary>Stem cells kept once the initial ones expire. Same runtimes.json: reactive minCount 1.</summary>
    public int StemCellsMin { get; init; } = 1;

    /// <summary>Memory of one stem cell (MB). Same runtimes.json: memory "256 MB".</summary>
    public int StemCellMemoryMb { get; init; } = 256;

    /// <summary>An unused stem cell expires after this (s), down to <see cref="StemCellsMin"/>. Same runtimes.json: ttl "2 minutes".</summary>
    public double StemCellTtlS { get; init; } = 120;

    /// <summary>
    /// Period (s) of the invoker's check for expired stem cells; the first check comes one period after the invoker
    /// starts, and an expired cell is removed only at a check (ContainerPool adjustPrewarmedContainer, removeExpired).
    /// OpenWhisk core/invoker application.conf: prewarm-expiration-check-init-delay and -interval, both 10 minutes.
    /// </summary>
    public double StemCellCheckS { get; init; } = 600;

    /// <summary>
    /// How long (s) the invokers had been up when the run starts: with the defaults, an invoker up for 10 minutes or
    /// more holds <see cref="StemCellsMin"/> stem cells, a younger one <see cref="StemCells"/> until its first check.
    /// Default 0 (the model starts the invokers with the run): no public source says how long the real deployments' invokers had run.
    /// </summary>
    public double UptimeS { get; init; }

    /// <summary>Completion ack from invoker to controller (Kafka), which frees the memory slot. Same latency as a bus hop. Spread 0.16.</summary>
    public Latency CompletionAckS { get; init; } = new(0.008, 0.16);
}
