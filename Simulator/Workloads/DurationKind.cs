namespace Burstsim.Simulator.Workloads;

/// <summary>What a traced duration stands for in the model.</summary>
public enum DurationKind
{
    /// <summary>Wall time that CPU contention does not stretch (sleep, I/O waits).</summary>
    Wait,

    /// <summary>CPU work on one dedicated core, stretched under contention.</summary>
    Cpu,
}
