using System.Globalization;
using Burstsim.Scenarios.Cli;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// The memory a plan needs, estimated before anything runs, so that a run too large for the machine
/// fails at once with the estimate instead of growing until the OS kills it. Costs are measured with
/// <c>/usr/bin/time -f %M burstsim run ... --threads 1</c> (sleep workload, 25 000 x 48-CPU invokers):
/// a burst of 1 000 000 functions on 20 834 invokers peaked at 336 MB and of 10 000 000 on 208 334 at
/// 2.12 GB (about 120 B per function beyond the per-invoker cost below, held while its workers are in
/// flight; a burst waiting or rejected holds none); classic and FaaSBatch keep only the
/// max_workers calls in flight (190 MB for 1 000 000 classic calls); 1 000 idle invokers cost 85 MB
/// fewer than 25 000.
/// </summary>
internal static class MemoryEstimate
{
    /// <summary>Bytes a burst holds per function (measured about 120 B; 200 B leaves room for the collector's headroom).</summary>
    public const long BytesPerBurstFunction = 200;

    /// <summary>Bytes per invoker of the cluster (measured about 4 KB).</summary>
    public const long BytesPerInvoker = 4_096;

    /// <summary>The process before any run: runtime, loaded scenario, output writers (measured about 60 MB).</summary>
    public const long ProcessBytes = 64L << 20;

    /// <summary>Per run, whatever its size: event queue, CSV buffers, random streams.</summary>
    public const long RunBytes = 16L << 20;

    /// <exception cref="InputException">The estimate exceeds the memory available to this process.</exception>
    public static void Check(IReadOnlyList<RunUnit> units, int threads) => Check(units, threads, AvailableMemory.Bytes());

    public static void Check(IReadOnlyList<RunUnit> units, int threads, long availableBytes)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            return;
        }

        // Jobs depend on the case and seed, not the policy: one draw per case and seed.
        var largest = new Dictionary<(object Case, ulong Seed), int>();
        long worst = 0;
        RunUnit? worstUnit = null;
        int worstBurst = 0;
        string? worstWhere = null;
        var where = new Dictionary<(object Case, ulong Seed), string?>();
        foreach (var unit in units)
        {
            Interruption.ThrowIfRequested();
            int burst = 0;
            if (unit.Policy.LaunchesPacks)
            {
                var key = ((object)unit.Case, unit.Seed);
                if (!largest.TryGetValue(key, out burst))
                {
                    var jobs = unit.Case.Workload.Jobs(new RandomStreams(unit.Seed), unit.Scenario.Parameters.Runtime.RuntimeMemoryMb);

                    // A streamed trace knows its largest row and where it is, without a pass over the calls.
                    burst = jobs is StreamedJobs { LargestJob: { } big } ? big.Functions : jobs.Count == 0 ? 0 : jobs.Max(j => j.Functions);
                    largest[key] = burst;
                    where[key] = (jobs as StreamedJobs)?.LargestJobWhere;
                }
            }

            long bytes = RunBytes + (unit.Scenario.Cluster.Invokers.Count * BytesPerInvoker) + (burst * BytesPerBurstFunction);
            if (bytes > worst)
            {
                (worst, worstUnit, worstBurst) = (bytes, unit, burst);
                worstWhere = burst > 0 ? where.GetValueOrDefault(((object)unit.Case, unit.Seed)) : null;
            }
        }

        int atOnce = Math.Min(threads, units.Count);
        long total = ProcessBytes + (atOnce * worst);
        if (total <= availableBytes)
        {
            return;
        }

        // A trace's row is named by its file and line (the row to fix), a generated workload by its functions field.
        string why = worstBurst > 0
            ? string.Create(CultureInfo.InvariantCulture, $"a burst of {worstBurst:N0} functions holds about {BytesPerBurstFunction} B each while in flight")
            : string.Create(CultureInfo.InvariantCulture, $"{worstUnit!.Scenario.Cluster.Invokers.Count} invokers of about {BytesPerInvoker / 1024} KB each");
        throw new InputException(
            worstBurst == 0 ? "cluster" : worstWhere is null ? "workload.functions" : $"workload ({worstWhere}, column 'functions')",
            string.Create(
                CultureInfo.InvariantCulture,
                $"the run needs about {Gb(total)} of memory ({why}; {atOnce} run(s) at once), more than the {Gb(availableBytes)} this process can use now (free memory, MemAvailable, plus what it holds); {(worstWhere is null ? "lower the functions or invokers" : "give that row fewer functions")}, or run fewer at once with --threads"));
    }

    private static string Gb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.##} GB");
}
