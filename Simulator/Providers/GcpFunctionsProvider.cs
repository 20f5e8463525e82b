using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// Google Cloud Functions for one run: generation, memory (and the CPU that comes with it), max instances, price list.
/// CPU per memory: Cloud Functions docs, "Configure memory and vCPU limits" (128 MB .083 vCPU, 256 MB .167, 512 MB .333,
/// 1 GB .583, 2 GB 1, 4 GB 2, 8 GB 2, 16 GB 4 and 32 GB 8 on 2nd gen only). Prices: Cloud Functions pricing page
/// (cloud.google.com/functions/pricing, Tier 1, USD list prices as of 2024): 1st gen 0.0000025 per GB-s, 0.0000100 per
/// GHz-s, 0.40 per million invocations, time rounded up to 100 ms; 2nd gen (Cloud Run) 0.000024 per vCPU-s, 0.0000025 per
/// GiB-s, 0.40 per million requests, instance time including start-up rounded up to 100 ms. Free tier: 2 M invocations,
/// 400,000 GB-s and 200,000 GHz-s (1st gen); 2 M requests, 360,000 GiB-s and 180,000 vCPU-s (2nd gen).
/// </summary>
internal sealed class GcpFunctionsProvider(int memoryMb, int generation, int maxInstances, int concurrency, bool freeTier, GcpFunctionsParameters parameters)
    : CloudProvider(memoryMb, freeTier)
{
    public const double Gen1GbSecond = 0.0000025;
    public const double Gen1GhzSecond = 0.0000100;
    public const double Gen2GibSecond = 0.0000025;
    public const double Gen2VcpuSecond = 0.000024;
    public const double Invocation = 0.0000004;
    public const double BillingIncrementS = 0.1;

    /// <summary>The memory sizes (MB) and their vCPUs; 16384 and 32768 are 2nd gen only.</summary>
    public static IReadOnlyList<(int MemoryMb, double Vcpus)> CpuTable { get; } =
        [(128, 0.083), (256, 0.167), (512, 0.333), (1024, 0.583), (2048, 1), (4096, 2), (8192, 2), (16384, 4), (32768, 8)];

    /// <summary>Largest memory of each generation, MB.</summary>
    public static int MaxMemoryMb(int generation) => generation == 1 ? 8192 : 32768;

    /// <summary>Default max instances: 3000 on 1st gen, 100 on 2nd gen (Cloud Functions docs, "Configure max instances").</summary>
    public static int DefaultMaxInstances(int generation) => generation == 1 ? 3000 : 100;

    public override string Name => "gcp-functions";

    public int Generation { get; } = generation;

    public int MaxInstances { get; } = maxInstances;

    /// <summary>Requests one instance takes at once: 1 on 1st gen, the concurrency setting on 2nd gen.</summary>
    public int Concurrency { get; } = generation == 1 ? 1 : concurrency;

    public override double Vcpus => CpuTable.First(t => t.MemoryMb == MemoryMb).Vcpus;

    public override SimSpan IdleLifetime => SimSpan.FromSeconds(parameters.IdleLifetimeS);

    public override ProviderService CreateService(CloudRun run) => new GcpFunctionsService(run, this, parameters);

    /// <summary>2nd gen runs on Cloud Run, request-based billing (its default): the instance's busy time, not each request's.</summary>
    public override bool BillsInstanceBusyTime => Generation == 2;

    /// <summary>A 2nd gen instance's busy period (from a request arriving at an idle instance, its start-up included, to its last request's end), rounded up to 100 ms.</summary>
    public override double BilledBusySeconds(double busySeconds) => RoundUp(busySeconds, BillingIncrementS);

    /// <summary>The request's time (1st gen), with the instance's start-up on 2nd gen; rounded up to 100 ms.</summary>
    public override double BilledSeconds(CloudCall call) =>
        RoundUp((call.WorkerEnd - call.Ready).Seconds + call.InitTime.Seconds, BillingIncrementS);

    public override ProviderBill Bill(long invocations, double billedSeconds, double spanSeconds)
    {
        double gb = MemoryMb / 1024.0;
        double memorySeconds = gb * billedSeconds;
        bool first = Generation == 1;
        double cpuSeconds = first ? Vcpus * parameters.GhzPerVcpu * billedSeconds : Vcpus * billedSeconds;
        double freeMemory = first ? 400_000 : 360_000;
        double freeCpu = first ? 200_000 : 180_000;
        double memoryBilled = FreeTier ? Math.Max(0, memorySeconds - freeMemory) : memorySeconds;
        double cpuBilled = FreeTier ? Math.Max(0, cpuSeconds - freeCpu) : cpuSeconds;
        long requestsBilled = FreeTier ? Math.Max(0, invocations - 2_000_000) : invocations;
        double compute = first
            ? (memoryBilled * Gen1GbSecond) + (cpuBilled * Gen1GhzSecond)
            : (memoryBilled * Gen2GibSecond) + (cpuBilled * Gen2VcpuSecond);
        return new ProviderBill(Name, memorySeconds, cpuSeconds, first ? "GHz-s" : "vCPU-s", invocations, compute, requestsBilled * Invocation, 0);
    }
}
