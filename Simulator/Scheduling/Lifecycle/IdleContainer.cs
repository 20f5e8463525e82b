using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>An idle warm container as a lifecycle policy sees it.</summary>
/// <param name="Id">Container number, unique in the run (ties are broken by it).</param>
/// <param name="Action">The fully qualified action it runs.</param>
/// <param name="Invoker">Index of its invoker.</param>
/// <param name="MemoryMb">Memory it holds in the invoker's pool, MB.</param>
/// <param name="IdleSince">When its last request ended (or it finished loading, for a prewarmed one).</param>
/// <param name="Uses">Requests it has run.</param>
/// <param name="ColdStart">What creating it cost (docker run and /init): the cost of having to make it again.</param>
public readonly record struct IdleContainer(int Id, string Action, int Invoker, int MemoryMb, SimTime IdleSince, long Uses, SimSpan ColdStart);
