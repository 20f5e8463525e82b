using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>A burst (or what is left of one) to place.</summary>
/// <param name="Workers">Workers still to place.</param>
/// <param name="FirstWorker">The first of them (workers are numbered 0..N-1 in the group call).</param>
/// <param name="MemoryMb">Lithops runtime_memory of the job, MB.</param>
/// <param name="PackMemory">How a pack container is charged against userMemory (<see cref="Burst.PackMemory"/>).</param>
public readonly record struct BurstRequest(int Workers, int FirstWorker, int MemoryMb, BurstPackMemory PackMemory);
