namespace Burstsim.Scenarios.Bench;

/// <summary>
/// One line of the kernel benchmark, all measured in the same process: the engine on the radix heap,
/// the engine on the comparison heap, and the raw .NET PriorityQueue (events or operations per second).
/// </summary>
public sealed record BenchCase(string Case, int Pending, double RadixEventsPerSecond, double HeapEventsPerSecond, double RawHeapOpsPerSecond)
{
    /// <summary>Engine on the radix heap over the raw PriorityQueue.</summary>
    public double Ratio => RadixEventsPerSecond / RawHeapOpsPerSecond;

    /// <summary>Engine on the comparison heap over the raw PriorityQueue.</summary>
    public double HeapRatio => HeapEventsPerSecond / RawHeapOpsPerSecond;
}
