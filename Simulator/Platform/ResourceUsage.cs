namespace Burstsim.Simulator.Platform;

/// <summary>
/// What a run held of the cluster, for cost: every quantity is clipped to the usage window, from the
/// run's start to its last worker end (containers kept warm after the last worker are not charged).
/// </summary>
/// <param name="ContainerSeconds">Sum over containers of their life (creation started to removal), s.</param>
/// <param name="MemoryMbSeconds">Sum over containers of memory (MB) x life (s).</param>
/// <param name="ReservedCpuSeconds">Exclusive CPUs held by burst pack containers x time held, CPU-s (idle workers inside a pack included); 0 for shared-CPU containers.</param>
/// <param name="Requests">Calls the controller accepted: one per classic or FaaSBatch call, one per burst pack (its activation).</param>
/// <param name="WindowEndS">End of the usage window (last worker end), s from the simulation epoch.</param>
public sealed record ResourceUsage(double ContainerSeconds, double MemoryMbSeconds, double ReservedCpuSeconds, long Requests, double WindowEndS)
{
    /// <summary>
    /// Sum over idle periods of warm containers of memory (MB) x length (s): from going idle (its request ended, or a
    /// prewarmed container finished loading; paused or not) until a request takes it or it is removed.
    /// </summary>
    public double IdleMemoryMbSeconds { get; init; }

    /// <summary>
    /// Sum over invocations (a classic call or chunk, a burst pack, a FaaSBatch batch) of memory (MB) x duration from
    /// /run to its last worker end (or its loss), rounded up to whole milliseconds, MB-ms: what AWS Lambda bills.
    /// Idle warm containers add nothing.
    /// </summary>
    public long BilledMbMilliseconds { get; init; }

    /// <summary>
    /// CPU time the functions actually used, CPU-s: their CPU work on shared CPUs (at the rate cpu-shares gave them) and
    /// on a burst worker's dedicated core; sleeps and I/O waits use none, and work lost in a crash counts up to it. At most
    /// the cluster's CPUs x the run's length.
    /// </summary>
    public double CpuUsedSeconds { get; init; }

    /// <summary>Nothing held (a run without activations).</summary>
    public static ResourceUsage None { get; } = new(0, 0, 0, 0, 0);
}
