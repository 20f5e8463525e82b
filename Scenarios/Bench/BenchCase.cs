namespace Burstsim.Scenarios.Bench;

/// <summary>One line of the kernel benchmark: the engine and the raw heap, measured in the same process.</summary>
public sealed record BenchCase(string Case, int Pending, double EngineEventsPerSecond, double RawHeapOpsPerSecond)
{
    public double Ratio => EngineEventsPerSecond / RawHeapOpsPerSecond;
}
