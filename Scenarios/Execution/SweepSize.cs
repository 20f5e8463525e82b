using System.Globalization;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A sweep's size, checked before its variants are loaded: every variant of the cross product is loaded, validated and
/// kept (with its runs) before the first run, and each run's result is kept until the sweep ends, so a sweep too large
/// for the machine is refused at once with the numbers, instead of growing for minutes until the OS kills it. Costs
/// measured (peak RSS, <c>/usr/bin/time -f %M</c>) with <c>burstsim sweep thesis-sleep-120 --vary
/// platform.invoker.docker_parallel_runs=1,...,N --vary platform.runtime.runtime_memory_mb=200,...,299 --threads 1</c>
/// (two runs per variant): the plan alone (<c>--shard 999999/1000000</c>, one run) 85 MB at N = 10 (1 000 variants),
/// 197 MB at N = 100 and 603 MB at N = 500 (50 000 variants), about 11 KB per variant; whole sweeps (<c>--no-figures</c>)
/// 192 MB at N = 10, 347 MB at N = 40 and 635 MB at N = 100 (20 000 runs), about 49 KB per variant: 22 KB per run
/// beyond the plan.
/// </summary>
internal static class SweepSize
{
    /// <summary>Bytes a loaded, validated variant holds until the sweep ends (its scenario, cluster, parameters, workload; with its runs planned, measured about 11 KB for two runs).</summary>
    public const long BytesPerVariant = 10_240;

    /// <summary>Bytes per run of the plan: its unit, context and varied columns (measured about 1 KB).</summary>
    public const long BytesPerPlannedRun = 1_024;

    /// <summary>Bytes per run this process runs, kept until the sweep ends: its summary row, burst layout, run record (measured about 22 KB).</summary>
    public const long BytesPerRunResult = 22_528;

    /// <summary>Variants from which the sweep says it is planning before its first run (about a second of loading on a 2-core machine; 90 000 take minutes).</summary>
    public const long LongPlan = 5_000;

    /// <summary>The plan's index is a 32-bit integer (as are the shard slices).</summary>
    public const long MaxRuns = int.MaxValue;

    /// <summary>The number of variants of the cross product of <paramref name="specs"/>, saturating at <see cref="long.MaxValue"/>.</summary>
    public static long Variants(IReadOnlyList<VarySpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        long product = 1;
        foreach (var spec in specs)
        {
            product = product > long.MaxValue / spec.Values.Count ? long.MaxValue : product * spec.Values.Count;
        }

        return product;
    }

    /// <summary>The memory the sweep needs in this process: every variant and run planned, then the results of the runs of its shard.</summary>
    public static double Bytes(long variants, long runsPerVariant, int shards)
        => PlanBytes(variants, runsPerVariant) + (Math.Ceiling(variants * (double)runsPerVariant / Math.Max(1, shards)) * BytesPerRunResult);

    /// <summary>The memory of the plan alone (the process, every variant and run loaded), which every shard holds.</summary>
    public static double PlanBytes(long variants, long runsPerVariant)
        => MemoryEstimate.ProcessBytes + (variants * (double)BytesPerVariant) + (variants * (double)runsPerVariant * BytesPerPlannedRun);

    /// <exception cref="InputException">The sweep has more runs than a plan can index, or needs more memory than this process may use.</exception>
    public static void Check(long variants, long runsPerVariant, int shards) => Check(variants, runsPerVariant, shards, AvailableMemory.Bytes());

    /// <summary>Refuses a sweep of <paramref name="variants"/> x <paramref name="runsPerVariant"/> runs, <paramref name="shards"/> shards, that needs more than <paramref name="availableBytes"/>.</summary>
    /// <exception cref="InputException">The sweep has more runs than a plan can index, or needs more memory than <paramref name="availableBytes"/>.</exception>
    public static void Check(long variants, long runsPerVariant, int shards, long availableBytes)
    {
        long runs = variants > long.MaxValue / Math.Max(1, runsPerVariant) ? long.MaxValue : variants * runsPerVariant;
        string size = string.Create(CultureInfo.InvariantCulture, $"the sweep has {variants:N0} variants x {runsPerVariant:N0} runs each (cases x policies x replications) = {(runs == long.MaxValue ? "over 9.2e18" : runs.ToString("N0", CultureInfo.InvariantCulture))} runs");
        if (runs > MaxRuns)
        {
            throw new InputException("--vary", string.Create(CultureInfo.InvariantCulture, $"{size}, more than the {MaxRuns:N0} one plan can hold; vary fewer values at once (several smaller sweeps)"));
        }

        double bytes = Bytes(variants, runsPerVariant, shards);
        if (bytes <= availableBytes)
        {
            return;
        }

        // Shards split the results, not the plan: every shard loads every variant to find its slice and the plan's fingerprint.
        double planBytes = PlanBytes(variants, runsPerVariant);
        string fix = planBytes <= availableBytes
            ? string.Create(CultureInfo.InvariantCulture, $"split it with --shard i/n (each shard keeps only its own results; n >= {Math.Ceiling(runs * (double)BytesPerRunResult / (availableBytes - planBytes)):0}) and join the folders with 'burstsim merge', or vary fewer values at once")
            : "vary fewer values at once (several smaller sweeps, each with its own --out; --shard does not help, as every shard plans every variant)";
        throw new InputException("--vary", string.Create(
            CultureInfo.InvariantCulture,
            $"{size}; it needs about {bytes / 1e9:0.#} GB of memory ({BytesPerVariant / 1024} KB per variant and {BytesPerPlannedRun / 1024} KB per run planned, {BytesPerRunResult / 1024} KB per result kept, until the sweep ends), more than the {availableBytes / 1e9:0.#} GB this process can use now (free memory, MemAvailable, plus what it holds); {fix}"));
    }
}
