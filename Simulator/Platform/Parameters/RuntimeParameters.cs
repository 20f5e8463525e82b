namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>The Lithops worker runtime inside the container.</summary>
public sealed record RuntimeParameters
{
    /// <summary>From /run to worker_start: the handler downloads the function and data from storage. Calibration: fixed cold path minus platform parts.</summary>
    public double WorkerSetupS { get; init; } = 0.40;

    /// <summary>worker_start to worker_func_start. Calibration data: median 65-97 ms.</summary>
    public double FuncStartS { get; init; } = 0.080;

    /// <summary>worker_func_end to worker_end: result upload and status write. Calibration data: about 3 ms.</summary>
    public double WorkerEndS { get; init; } = 0.003;

    /// <summary>Burst pack: delay between forking successive worker processes. Calibration data: 48 workers of one pack start within about 0.12 s.</summary>
    public double ForkDelayS { get; init; } = 0.0025;

    /// <summary>Lithops runtime_memory (MB) per function. Lithops default 256 MB.</summary>
    public int RuntimeMemoryMb { get; init; } = 256;

    /// <summary>Container image tag; OpenWhisk pulls before run when it is "latest" (see <see cref="InvokerParameters.PullBeforeRun"/>).</summary>
    public string Image { get; init; } = "lithops-runtime:3.9";
}
