namespace Burstsim.Simulator.Workloads;

/// <summary>
/// What one function does once started: wall-clock waiting (sleep, I/O) that no CPU contention
/// stretches, and CPU work (in CPU-seconds on one dedicated core) that stretches when the
/// invoker's CPUs are oversubscribed. A function may have both; CPU work runs first.
/// </summary>
public readonly record struct FunctionWork(double CpuSeconds, double WaitSeconds, bool NeedsStorageClient = false)
{
    public static FunctionWork Sleep(double seconds) => new(0, seconds);

    public static FunctionWork Cpu(double cpuSeconds) => new(cpuSeconds, 0);
}
