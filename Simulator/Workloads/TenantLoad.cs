namespace Burstsim.Simulator.Workloads;

/// <summary>
/// One tenant's share of a multi-tenant load: how often its jobs come (relative weight) and what each
/// job is (a map or burst of <paramref name="Functions"/> functions doing <paramref name="Work"/>).
/// </summary>
/// <param name="Name">Tenant (OpenWhisk namespace).</param>
/// <param name="Weight">Relative share of the arrivals; positive.</param>
/// <param name="Function">Function (action) name of its jobs.</param>
/// <param name="Functions">Functions per job.</param>
/// <param name="Work">What each function does.</param>
/// <param name="MemoryMb">Memory per function; null for the runtime default.</param>
public sealed record TenantLoad(string Name, double Weight, string Function, int Functions, FunctionWork Work, int? MemoryMb = null);
