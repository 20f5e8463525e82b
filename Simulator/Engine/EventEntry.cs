namespace Burstsim.Simulator.Engine;

/// <summary>
/// One pending event: its instant in ticks, its insertion sequence (the FIFO tie-break and its name for
/// cancellation), and what runs: an <see cref="Action"/> or an <see cref="ISimEvent"/>.
/// </summary>
internal readonly record struct EventEntry(long Ticks, long Sequence, object Target);
