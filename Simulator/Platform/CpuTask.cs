namespace Burstsim.Simulator.Platform;

/// <summary>One runnable CPU-bound function on an invoker: work left (CPU-seconds) and its cpu-shares weight.</summary>
internal sealed class CpuTask(double work, double weight, Action done)
{
    public double Remaining { get; set; } = work;

    public double Weight { get; } = weight;

    /// <summary>CPUs this task gets now (at most one: a function is single-threaded).</summary>
    public double Rate { get; set; }

    public Action Done { get; } = done;
}
