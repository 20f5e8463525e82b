using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>Load a container again <paramref name="After"/> the removal and keep it idle for <paramref name="KeepFor"/>.</summary>
/// <param name="After">Delay from the removal to the start of loading (docker run and /init then take their time).</param>
/// <param name="KeepFor">How long the loaded container waits for a call before it is removed.</param>
public readonly record struct PrewarmDecision(SimSpan After, SimSpan KeepFor);
