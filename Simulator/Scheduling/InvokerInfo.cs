namespace Burstsim.Simulator.Scheduling;

/// <summary>One invoker as a policy sees it: fixed facts from the cluster description.</summary>
/// <param name="Index">Position in the cluster (0-based); decisions name invokers by it.</param>
/// <param name="Name">The invoker's name (invoker0, ...), as in activations.csv.</param>
/// <param name="Cpus">CPUs of the invoker.</param>
/// <param name="UserMemoryMb">OpenWhisk's userMemory: what its container pool may hold, MB.</param>
/// <param name="PoolRoomMb">What one container can ever get there: userMemory less the stem cells that stay, MB.</param>
public sealed record InvokerInfo(int Index, string Name, int Cpus, int UserMemoryMb, int PoolRoomMb);
