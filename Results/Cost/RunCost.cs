namespace Burstsim.Results.Cost;

/// <summary>
/// What one run held of the cluster and what that costs, over the usage window (first job created to
/// last worker end, i.e. the makespan).
/// </summary>
/// <param name="ReservedCpuSeconds">Exclusive CPUs held by burst packs x time held, CPU-s (idle workers in a pack count); 0 for classic and FaaSBatch, whose containers only weigh by cpu-shares.</param>
/// <param name="BusyCpuSeconds">CPU time the functions actually used, CPU-s (<see cref="Simulator.Platform.ResourceUsage.CpuUsedSeconds"/>): CPU work at the rate cpu-shares gave it, or on a burst worker's core; sleeps use none; lost attempts up to the loss.</param>
/// <param name="MemoryGbSeconds">Sum over containers of memory (GB = 1024 MB, as Lambda bills) x life, GB-s.</param>
/// <param name="ContainerSeconds">Sum over containers of their life, s.</param>
/// <param name="Requests">Calls the controller accepted: one per classic or FaaSBatch call (retries included), one per burst pack.</param>
/// <param name="InvokerHours">Invokers in the cluster x makespan, h: what renting the cluster for the run costs.</param>
/// <param name="Utilisation">Busy CPU-seconds / (cluster CPUs x makespan), 0..1.</param>
/// <param name="Price">The run's price in the price table's currency (see <see cref="Pricing"/>).</param>
public sealed record RunCost(
    double ReservedCpuSeconds,
    double BusyCpuSeconds,
    double MemoryGbSeconds,
    double ContainerSeconds,
    long Requests,
    double InvokerHours,
    double Utilisation,
    double Price)
{
    /// <summary>
    /// What AWS Lambda would bill for duration, GB-s: sum over invocations of memory (GB = 1024 MB) x time from /run to
    /// the last worker end, rounded up to the millisecond; idle warm containers are free. The per-use price is this x
    /// the GB-second price plus the request fee.
    /// </summary>
    public double BilledGbSeconds { get; init; }
}
