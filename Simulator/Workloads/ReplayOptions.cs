namespace Burstsim.Simulator.Workloads;

/// <summary>
/// What a public trace leaves out and a replay must still decide: the memory of a function the trace gives none for,
/// the run time of a call the trace gives none for, and whether a run time is waiting or CPU work.
/// </summary>
/// <param name="MemoryMb">Memory, MB, of calls the trace gives none for; null for the runtime's (platform.runtime.runtime_memory_mb).</param>
/// <param name="Seconds">Run time, s, of calls the trace gives none for (cold-start logs record when a container started, not how long its call ran).</param>
/// <param name="DurationAs">Whether a run time is waiting (sleep, I/O) or CPU work.</param>
public sealed record ReplayOptions(int? MemoryMb = null, double Seconds = ReplayOptions.DefaultSeconds, DurationKind DurationAs = DurationKind.Wait)
{
    /// <summary>Default run time of calls without one, s: one second, the order of the Azure 2019 trace's median function (about 1 s, Shahrad et al., ATC'20, Figure 7).</summary>
    public const double DefaultSeconds = 1.0;

    /// <summary>The work of a call that runs <paramref name="seconds"/>.</summary>
    internal FunctionWork Work(double seconds) => DurationAs == DurationKind.Cpu ? FunctionWork.Cpu(seconds) : FunctionWork.Sleep(seconds);
}
