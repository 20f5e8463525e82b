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
    string? Action = null)
{
    /// <summary>
    /// The body as phases (compute, exchange, ...), run by every function in order instead of <see cref="Work"/>;
    /// empty for a plain body. <see cref="Work"/> then only sums the CPU work for descriptions.
    /// </summary>
    public IReadOnlyList<WorkPhase> Phases { get; init; } = [];

    /// <summary>
    /// The work every function does when <see cref="Work"/> returns the same value for every index (a sleep or fixed-work
    /// map), else null. Lets a check multiply by <see cref="Functions"/> instead of calling <see cref="Work"/> a billion
    /// times; it must equal <c>Work(i)</c> for every i.
    /// </summary>
    public FunctionWork? SameWork { get; init; }
}
