namespace Burstsim.Simulator.Scheduling;

/// <summary>One activation as a balancer sees it when placing it.</summary>
/// <param name="Namespace">The OpenWhisk namespace (the Lithops tenant).</param>
/// <param name="Action">The fully qualified action name (namespace/package/action): the sharding balancer hashes it.</param>
/// <param name="MemoryMb">The action's memory limit, MB: what the container takes from the invoker's pool.</param>
public readonly record struct ActivationInfo(string Namespace, string Action, int MemoryMb);
