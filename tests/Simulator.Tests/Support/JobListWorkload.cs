using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Support;

/// <summary>A workload of explicit jobs (several tenants, actions, arrival times), for multi-job tests.</summary>
public sealed class JobListWorkload(params JobRequest[] jobs) : IWorkload
{
    public string Description => $"{jobs.Length} explicit jobs";

    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb) => jobs;

    /// <summary>A job of <paramref name="functions"/> sleep(<paramref name="seconds"/>) functions arriving at <paramref name="atS"/>.</summary>
    public static JobRequest Sleep(int jobId, double atS, int functions, double seconds, string tenant = "guest", string function = "sleep", int memoryMb = 256) =>
        new(jobId, SimTime.FromSeconds(atS), tenant, function, functions, memoryMb, _ => FunctionWork.Sleep(seconds));

    /// <summary>A job of <paramref name="functions"/> CPU-bound functions of <paramref name="cpuSeconds"/> each.</summary>
    public static JobRequest Cpu(int jobId, double atS, int functions, double cpuSeconds, string tenant = "guest", string function = "cpu", int memoryMb = 256) =>
        new(jobId, SimTime.FromSeconds(atS), tenant, function, functions, memoryMb, _ => FunctionWork.Cpu(cpuSeconds));
}
