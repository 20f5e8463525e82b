using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>N functions that each sleep a fixed time: the thesis' and the paper's probe of startup latency.</summary>
public sealed record SleepWorkload(int Functions, double SleepSeconds = 5.0) : IWorkload
{
    /// <inheritdoc/>
    public string Description => $"{Functions} x sleep({SleepSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s)";

    /// <inheritdoc/>
    public IReadOnlyList<JobRequest> Jobs(RandomStreams streams, int defaultMemoryMb) =>
        [new JobRequest(0, SimTime.Zero, "guest", "sleep", Functions, defaultMemoryMb, _ => FunctionWork.Sleep(SleepSeconds)) { SameWork = FunctionWork.Sleep(SleepSeconds) }];
}
