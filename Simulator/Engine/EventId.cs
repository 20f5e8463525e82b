namespace Burstsim.Simulator.Engine;

/// <summary>
/// Names one scheduled event so it can be cancelled. Events run in strictly increasing
/// (time, sequence) order, which is how the kernel tells a pending event from one that already ran.
/// </summary>
public readonly record struct EventId(long Ticks, long Sequence);
