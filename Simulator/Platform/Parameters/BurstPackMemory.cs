namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>What a burst pack container is charged against its invoker's userMemory (the evidence is in Scheduling/Burst/PackMemory.cs).</summary>
public enum BurstPackMemory
{
    /// <summary>runtime_memory once for the whole pack (default: the evidence in docs/model.md, "Burst pack memory").</summary>
    PerPack,

    /// <summary>runtime_memory for every worker of the pack (the reading that a worker is a function of that memory).</summary>
    PerWorker,
}
