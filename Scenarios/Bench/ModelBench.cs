using System.Diagnostics;
using Burstsim.Simulator;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Bench;

/// <summary>
/// The whole model at scale: N sleep(5) functions as one burst on a cluster of 48-CPU invokers big
/// enough to hold it, and as N classic activations on 500 invokers. Namespace limits and max_workers
/// are lifted so the platform, not a 1000-per-minute quota, is what gets measured. Records are
/// counted and dropped, as a streaming writer would.
/// </summary>
public static class ModelBench
{
    public static ModelBenchCase Burst(int functions) =>
        Measure($"burst-{Label(functions)}", functions, ClusterSpec.Uniform(Enumerable.Repeat(48, (functions + 47) / 48).ToArray(), ClusterSpec.DeployUserMemoryMb), PolicySpec.Burst);

    public static ModelBenchCase Classic(int functions) =>
        Measure($"classic-{Label(functions)}", functions, ClusterSpec.Uniform(Enumerable.Repeat(48, 500).ToArray(), ClusterSpec.DeployUserMemoryMb), PolicySpec.Classic);

    private static ModelBenchCase Measure(string name, int functions, ClusterSpec cluster, PolicySpec policy)
    {
        var p = new PlatformParameters();
        p = p with
        {
            Client = p.Client with { MaxWorkers = functions },
            Controller = p.Controller with { ConcurrentLimit = int.MaxValue, PerMinuteLimit = int.MaxValue },
        };
        var sink = new CountingSink();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var outcome = PlatformRun.Execute(new RunSetup(cluster, p, new SleepWorkload(functions), policy, Seed: 1), sink);
        watch.Stop();
        if (sink.Count != functions)
        {
            throw new InvalidOperationException($"{name}: {sink.Count} of {functions} functions reported");
        }

        return new ModelBenchCase(name, functions, cluster.Invokers.Count, watch.Elapsed.TotalSeconds, outcome.Events, outcome.SimulatedSeconds,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
    }

    private static string Label(int n) => n >= 1_000_000 && n % 1_000_000 == 0 ? $"{n / 1_000_000}M" : n >= 1000 && n % 1000 == 0 ? $"{n / 1000}k" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class CountingSink : IActivationSink
    {
        public int Count { get; private set; }

        public void Add(ActivationRecord record) => Count++;
    }
}
