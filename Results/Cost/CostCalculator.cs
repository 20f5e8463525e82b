using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Cost;

/// <summary>Turns a run's resource usage, its busy CPU time and its makespan into the cost columns.</summary>
public static class CostCalculator
{
    /// <summary>Megabytes per gigabyte as Lambda bills memory (512 MB = 0.5 GB).</summary>
    public const double MbPerGb = 1024.0;

    /// <param name="usage">Container lives, CPU holds and requests the model recorded.</param>
    /// <param name="busyCpuSeconds">CPU time the functions used, CPU-s (the model's <see cref="ResourceUsage.CpuUsedSeconds"/>).</param>
    /// <param name="makespanS">The run's makespan, s.</param>
    /// <param name="cluster">The cluster (its invoker count and CPUs).</param>
    /// <param name="pricing">The price table.</param>
    /// <param name="bill">A public provider's own bill (cloud policies): then the price is the provider's list price, no invokers are rented and the memory column holds the billed GB-s.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RunCost Compute(ResourceUsage usage, double busyCpuSeconds, double makespanS, ClusterSpec cluster, Pricing pricing, Simulator.Providers.ProviderBill? bill = null)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(pricing);
        if (bill is not null)
        {
            // billed_gb_s is the provider's own billed memory time, so per-use OpenWhisk rows and cloud rows compare on it.
            return new RunCost(0, busyCpuSeconds, bill.MemoryGbSeconds, usage.ContainerSeconds, bill.Requests, 0, 0, bill.Price)
            {
                BilledGbSeconds = bill.MemoryGbSeconds,
            };
        }

        double span = double.IsFinite(makespanS) ? Math.Max(0, makespanS) : 0;
        double invokerHours = cluster.Invokers.Count * span / 3600.0;
        double memoryGbSeconds = usage.MemoryMbSeconds / MbPerGb;
        double capacity = cluster.TotalCpus * span;
        double billedGbSeconds = usage.BilledMbMilliseconds / MbPerGb / 1000.0;
        return new RunCost(
            usage.ReservedCpuSeconds,
            busyCpuSeconds,
            memoryGbSeconds,
            usage.ContainerSeconds,
            usage.Requests,
            invokerHours,
            capacity > 0 ? busyCpuSeconds / capacity : 0,
            pricing.PriceOf(invokerHours, billedGbSeconds, usage.Requests))
        {
            BilledGbSeconds = billedGbSeconds,
        };
    }
}
