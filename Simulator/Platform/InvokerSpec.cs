namespace Burstsim.Simulator.Platform;

/// <summary>One invoker machine: its CPUs and the memory its container pool may use (OpenWhisk userMemory).</summary>
public sealed record InvokerSpec(string Name, int Cpus, int UserMemoryMb);
