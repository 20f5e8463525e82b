namespace Burstsim.Simulator.Engine;

/// <summary>Which data structure holds the kernel's pending events. Both give the same order, so results are byte-identical.</summary>
public enum EventQueueKind
{
    /// <summary>A monotone radix heap keyed by integer ticks (the default: fewer comparisons and cache misses per event).</summary>
    Radix,

    /// <summary>A 4-ary min-heap on (ticks, sequence): the comparison heap, kept to measure the radix heap against.</summary>
    Heap,
}
