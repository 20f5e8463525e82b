using System.Globalization;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// N functions estimating pi from random points (the thesis' CPU-bound experiment, 100 x 10 M points).
/// CPU-bound: its duration stretches when an invoker's runnable functions outnumber its CPUs.
/// </summary>
/// <param name="Functions">Functions in the job.</param>
/// <param name="Points">Random points per function.</param>
/// <param name="CpuSecondsPer10MPoints">Work on one dedicated core for 10 M points. Default 15 CPU-s (issue 3; pure-Python loop on the thesis machines).</param>
public sealed record MonteCarloWorkload(int Functions, long Points = 10_000_000, double CpuSecondsPer10MPoints = 15.0) : IWorkload
{
    /// <summary>Each function's CPU work, in CPU-seconds: the 10 M-point cost scaled to <see cref="Points"/>.</summary>
    public double CpuSecondsPerFunction => CpuSecondsPer10MPoints * Points / 10_000_000.0;

    /// <inheritdoc/>
    public string Description => string.Create(CultureInfo.InvariantCulture, $"{Functions} x Monte Carlo pi ({Points / 1e6:0.#} M points, {CpuSecondsPerFunction:0.#} CPU-s each)");

    /// <inheritdoc/>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb)
    {
        double cpu = CpuSecondsPerFunction;
        return [new JobRequest(0, SimTime.Zero, "guest", "montecarlo", Functions, defaultMemoryMb, _ => FunctionWork.Cpu(cpu))];
    }
}
