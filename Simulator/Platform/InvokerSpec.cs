namespace Burstsim.Simulator.Platform;

/// <summary>
/// One invoker machine: its CPUs, the memory its container pool may use (OpenWhisk userMemory), and,
/// where the node hands out network addresses from a limited pool (EKS), that pool.
/// </summary>
public sealed record InvokerSpec(string Name, int Cpus, int UserMemoryMb, NetworkAddressPool? Addresses = null);
