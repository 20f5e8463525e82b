namespace Burstsim.Simulator.Workloads;

/// <summary>
/// What one function does once started: wall-clock waiting (sleep, I/O) that no CPU contention
/// stretches, and CPU work (in CPU-seconds on one dedicated core) that stretches when the
/// invoker's CPUs are oversubscribed. A function may have both; CPU work runs first.
/// </summary>
public readonly record struct FunctionWork(double CpuSeconds, double WaitSeconds, bool NeedsStorageClient = false)
{
    /// <summary>A function that waits <paramref name="seconds"/> without CPU work.</summary>
    public static FunctionWork Sleep(double seconds) => new(0, seconds);

    /// <summary>A function that computes <paramref name="cpuSeconds"/> of CPU work on one dedicated core.</summary>
    public static FunctionWork Cpu(double cpuSeconds) => new(cpuSeconds, 0);
}
