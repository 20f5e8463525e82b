namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary>
/// A burst placement: given the invokers' free CPUs and memory as the controller last heard them, which packs (containers
/// of consecutive workers, one CPU each, on one invoker) to launch for a waiting burst. Pure: it returns packs and the
/// controller reserves them. Returning fewer workers than asked means "not now": under <c>burst_no_fit: wait</c> the burst
/// waits for the next report, under <c>partial</c> the packs returned launch and the rest waits.
/// </summary>
public interface IPackPlacement
{
    /// <summary>Workers per pack (the last may be smaller); null when each invoker gets one container sized to what it holds.</summary>
    int? Granularity { get; }

    /// <summary>Whether the packs that land on one invoker are merged into one container.</summary>
    bool Join { get; }

    /// <summary>Packs for up to <paramref name="burst"/>.Workers workers, numbered from <paramref name="burst"/>.FirstWorker.</summary>
    /// <param name="burst">What to place.</param>
    /// <param name="freeCpus">Free CPUs per invoker (an Offline invoker shows 0).</param>
    /// <param name="freeMemoryMb">Free memory for packs per invoker, MB.</param>
    IReadOnlyList<PackPlacement> Place(BurstRequest burst, IReadOnlyList<int> freeCpus, IReadOnlyList<long> freeMemoryMb);
}
