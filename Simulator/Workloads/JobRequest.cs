using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// One client call: a Lithops map (classic) or burst of <see cref="Functions"/> functions of one
/// action, issued at <see cref="Arrival"/>. <see cref="Work"/> gives function i's work; it must be
/// a pure function of i so every policy sees the same draws (common random numbers).
/// <see cref="Action"/>: the OpenWhisk action when the function is a deployment of its own (each Azure
/// trace function is one); null for Lithops maps, which run through the runtime's action.
/// </summary>
public sealed record JobRequest(
    int JobId,
    SimTime Arrival,
    string Tenant,
    string Function,
    int Functions,
    int MemoryMb,
    Func<int, FunctionWork> Work,
    string? Action = null);
