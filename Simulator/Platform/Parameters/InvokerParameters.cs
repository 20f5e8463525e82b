namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>An OpenWhisk invoker: container pool, Docker and the container lifecycle.</summary>
public sealed record InvokerParameters
{
    /// <summary>docker parallel-runs: concurrent `docker run` per invoker. OpenWhisk default 10; 0 means unlimited, as in OpenWhisk's DockerClient (a semaphore of Int.MaxValue permits).</summary>
    public int DockerParallelRuns { get; init; } = 10;

    /// <summary>
    /// The part of `docker run` the Docker daemon does one container at a time (create, mounts, network).
    /// Calibration data: successive cold containers on one invoker start 0.15-0.16 s apart, classic and burst alike.
    /// </summary>
    public double DockerRunSerialS { get; init; } = 0.155;

    /// <summary>The rest of `docker run` (process start), concurrent. OpenWhisk issue log: docker run alone about 0.37 s, less the serial part.</summary>
    public double DockerRunStartS { get; init; } = 0.25;

    /// <summary>
    /// Pull the image before every run. Null: OpenWhisk's rule for blackbox images, pull when the tag is
    /// "latest" or missing. The calibration runtime image has a version tag, so it is not pulled.
    /// </summary>
    public bool? PullBeforeRun { get; init; }

    /// <summary>
    /// `docker pull` of an image already present (registry check). OpenWhisk PR #1115: about 2 s; the lithops-burst README's
    /// 30-function burst on one invoker starts at about 4.3 s, 2.7 s later than the untagged-free path here.
    /// </summary>
    public double DockerPullS { get; init; } = 2.7;

    /// <summary>/init of the action in a new container. IBM Cloud Functions data: about 0.3 s for a Python action alone.</summary>
    public double InitS { get; init; } = 0.3;

    /// <summary>Invoker to container /run request. OpenWhisk issue logs: warm path of a few ms.</summary>
    public double RunRequestS { get; init; } = 0.005;

    /// <summary>Pause grace: a free container is paused after this. OpenWhisk default 10 s (50 ms before mid-2022).</summary>
    public double PauseGraceS { get; init; } = 10.0;

    /// <summary>Unpausing a paused container before reuse (runc resume). OpenWhisk issue logs: about 10 ms.</summary>
    public double UnpauseS { get; init; } = 0.010;

    /// <summary>Idle container removal. OpenWhisk default 10 min.</summary>
    public double IdleTimeoutS { get; init; } = 600.0;


    /// <summary>Completion ack from invoker to controller (Kafka), which frees the memory slot. Same latency as a bus hop.</summary>
    public double CompletionAckS { get; init; } = 0.008;
}
