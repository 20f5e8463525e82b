using System.Globalization;
using Burstsim.Scenarios.Cli;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// A sweep's size, checked before its variants are loaded: every variant of the cross product is loaded, validated and
/// kept (with its runs and, later, their results) before the first run, so a sweep too large for the machine is refused
/// at once with the numbers, instead of growing for minutes until the OS kills it. Costs measured with
/// <c>/usr/bin/time -f %M burstsim sweep thesis-sleep-120 --vary workload.functions=1,...,132 --vary
/// platform.client.max_workers=1,...,N --threads 1 --shard 0/1000000</c> (the whole plan built, no run in the shard):
/// 173 MB at N = 30 (3 960 variants, 2 runs each) and 347 MB at N = 90 (11 880 variants), about 22 KB per variant
/// with its two runs.
/// </summary>
internal static class SweepSize
{
    /// <summary>Bytes a loaded, validated variant holds until the sweep ends (its scenario, cluster, parameters, workload).</summary>
    public const long BytesPerVariant = 20_480;

    /// <summary>Bytes per run of the plan: its unit, context and varied columns (about 1 KB of the measured 22 KB per variant of two runs), then its result (summary row, burst layout).</summary>
    public const long BytesPerRun = 2_048;

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

    /// <exception cref="InputException">The sweep has more runs than a plan can index, or its plan needs more memory than this process may use.</exception>
    public static void Check(long variants, long runsPerVariant) => Check(variants, runsPerVariant, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    public static void Check(long variants, long runsPerVariant, long availableBytes)
    {
        long runs = variants > long.MaxValue / Math.Max(1, runsPerVariant) ? long.MaxValue : variants * runsPerVariant;
        string size = string.Create(CultureInfo.InvariantCulture, $"the sweep has {variants:N0} variants x {runsPerVariant:N0} runs each (cases x policies x replications) = {(runs == long.MaxValue ? "over 9.2e18" : runs.ToString("N0", CultureInfo.InvariantCulture))} runs");
        if (runs > MaxRuns)
        {
            throw new InputException("--vary", string.Create(CultureInfo.InvariantCulture, $"{size}, more than the {MaxRuns:N0} one plan can hold; vary fewer values at once (several smaller sweeps)"));
        }

        double bytes = MemoryEstimate.ProcessBytes + (variants * (double)BytesPerVariant) + (runs * (double)BytesPerRun);
        if (bytes > availableBytes)
        {
            throw new InputException("--vary", string.Create(
                CultureInfo.InvariantCulture,
                $"{size}; planning them needs about {bytes / 1e9:0.#} GB of memory (about {BytesPerVariant / 1024} KB per variant and {BytesPerRun / 1024} KB per run, held until the sweep ends), more than the {availableBytes / 1e9:0.#} GB this machine has; vary fewer values at once (several smaller sweeps, each with its own --out), or lower replications, cases or policies"));
        }
    }
}
