using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling;

/// <summary>What the controller has seen of one action so far.</summary>
/// <param name="Invocations">Activations admitted (a burst's workers count one each).</param>
/// <param name="First">When the first was admitted.</param>
/// <param name="Last">When the latest was admitted.</param>
/// <param name="LastGap">Time between the latest admission and the one before it (zero before the second).</param>
public readonly record struct ActionHistory(long Invocations, SimTime First, SimTime Last, SimSpan LastGap);
