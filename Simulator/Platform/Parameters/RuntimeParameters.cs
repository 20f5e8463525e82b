namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>The Lithops worker runtime inside the container.</summary>
public sealed record RuntimeParameters
{
    /// <summary>
    /// From /run to worker_start: the handler starts and downloads the function and data from storage.
    /// Calibration data: a single classic call takes 1.31 s from submit to worker_start; this is what the platform parts leave.
    /// Spread 0.16: the startup path's spread: submit to first worker_start varies with log-sd 0.086 over the 12 burst runs (1.27-1.72 s), which a spread of 0.16 on each of its main parts (docker run start, /init, setup) reproduces with the docker serial part's 0.4.</summary>
    public Latency WorkerSetupS { get; init; } = new(0.55, 0.16);

    /// <summary>
    /// Burst pack only: the Lithops burst runtime reads the pack's inputs and starts its process pool before forking workers.
    /// Calibration data: fitted with the docker serial part by <c>burstsim calibrate</c> to startup p50/p95 of all 14 runs
    /// (docs/validation.md; with the run-level spread of 0.05 and ipamd's address pool, a refit from 0.4 s gives 0.124). Spread 0.16.</summary>
    public Latency PackSetupS { get; init; } = new(0.124, 0.16);

    /// <summary>worker_start to worker_func_start. Calibration data: median 65-97 ms. Spread 0.31: worker_start to worker_func_start of all 1008 calibration workers: median 80 ms, log-sd 0.31.</summary>
    public Latency FuncStartS { get; init; } = new(0.080, 0.31);

    /// <summary>worker_func_end to worker_end: result upload and status write. Calibration data: about 3 ms. Spread 0.22: worker_func_end to worker_end of all 1008 workers: median 3.2 ms, log-sd 0.22.</summary>
    public Latency WorkerEndS { get; init; } = new(0.003, 0.22);

    /// <summary>Burst pack: delay between forking successive worker processes. Calibration data: median gap 1.3-1.75 ms, 48 workers within 0.13-0.15 s. Spread 0.6: gaps between successive worker starts in one pack: log-sd 0.6-0.9.</summary>
    public Latency ForkDelayS { get; init; } = new(0.0016, 0.6);

    /// <summary>
    /// The function call's own overhead beyond its work (interpreter call, timer wake-up), added to its wall time.
    /// Calibration data: worker_func_exec_time of sleep(5) is 5 s + a median 3.7 ms, log-sd 0.48 (all 1008 workers).
    /// </summary>
    public Latency CallOverheadS { get; init; } = new(0.0037, 0.48);

    /// <summary>
    /// Lithops runtime_memory (MB) per function. Lithops' own default is 256 MB, but the lithops-burst README tells burst
    /// users to set it, and the calibration runs used 512: the only power of two for which 48 classic activations fit one
    /// invoker's 30000 MB of slots (at most 625 MB each) and 96 do not (more than 312 MB each), as the measured startups show.
    /// </summary>
    public int RuntimeMemoryMb { get; init; } = 512;

    /// <summary>
    /// The runtime image. The calibration runs used manriurv/lithops-plus-boto3:3.9 (paper Figure 6 guide). Whether a
    /// container create pulls it is the container factory's rule (<see cref="InvokerParameters.ContainerFactory"/>).
    /// </summary>
    public string Image { get; init; } = "manriurv/lithops-plus-boto3:3.9";

    /// <summary>
    /// Size of the runtime image a node downloads when it lacks it, MB. Default 1000: Lithops' OpenWhisk runtimes
    /// (lithops-burst runtime/ibm_cf/Dockerfile.python39: python:3.9-slim-buster plus gcc and build tools plus the
    /// requirements' scientific packages) are images of about 1 GB.
    /// </summary>
    public double ImageSizeMb { get; init; } = 1000;

    /// <summary>Lithops' default OpenWhisk runtime image (no tag), as a thesis-era deployment used it.</summary>
    public const string LithopsDefaultImage = "lithopscloud/ibmcf-python-v311";
}
