using System.Diagnostics;
using System.Globalization;
using Burstsim.Simulator;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Bench;

/// <summary>
/// Trace replay at growing lengths: the first M minutes of a synthetic day in the Azure Functions 2019 shape (4000
/// functions, log-uniform rates of 0.001 to 40 calls a minute, durations from 10 ms to 10 s), the shape of
/// ../shared/bench/azure_day.py, replayed under classic on 200 invokers of 48 CPUs with records counted and dropped.
/// Each row runs in its own process (<c>burstsim bench --single trace:M</c>), so its peak memory is its own: the
/// rows show invocations per second and peak bytes per invocation, which falls as the trace grows when memory follows
/// what is in flight and not the trace.
/// </summary>
public static class TraceBench
{
    /// <summary>Functions of the synthetic day.</summary>
    public const int Functions = 4000;

    /// <summary>Minutes per row: an hour, six hours and the day (<paramref name="quick"/>: 15 and 60 minutes).</summary>
    public static IReadOnlyList<int> Lengths(bool quick) => quick ? [15, 60] : [60, 360, 1440];

    /// <summary>Replays the first <paramref name="minutes"/> minutes in this process.</summary>
    /// <exception cref="InvalidOperationException">A call was not reported.</exception>
    public static ModelBenchCase Replay(int minutes)
    {
        var workload = new AzureTraceWorkload(Day(minutes), Source: "synthetic day");
        var p = new PlatformParameters();
        p = p with { Controller = p.Controller with { ConcurrentLimit = int.MaxValue, PerMinuteLimit = int.MaxValue } };
        var cluster = ClusterSpec.Uniform(Enumerable.Repeat(48, 200).ToArray(), ClusterSpec.DeployUserMemoryMb);
        var sink = new CountingSink();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var outcome = PlatformRun.Execute(new RunSetup(cluster, p, workload, PolicySpec.Classic, Seed: 1), sink);
        watch.Stop();
        if (sink.Count != outcome.FunctionsRequested)
        {
            throw new InvalidOperationException($"trace replay of {minutes} minutes: {sink.Count} of {outcome.FunctionsRequested} calls reported");
        }

        return new ModelBenchCase(string.Create(CultureInfo.InvariantCulture, $"trace-{minutes}min"), (int)sink.Count, cluster.Invokers.Count, watch.Elapsed.TotalSeconds, outcome.Events, outcome.SimulatedSeconds,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024));
    }

    /// <summary>The synthetic day's first <paramref name="minutes"/> minutes, drawn from its own seeded stream.</summary>
    private static AzureTrace Day(int minutes)
    {
        var random = new StreamRandom(5);
        var functions = new List<AzureFunctionTrace>(Functions);
        for (int i = 0; i < Functions; i++)
        {
            double rate = Math.Pow(10, -3 + (random.NextDouble() * 4.6));
            var perMinute = new int[minutes];
            for (int m = 0; m < minutes; m++)
            {
                perMinute[m] = Poisson(rate, random);
            }

            double typical = Math.Pow(10, 1 + (random.NextDouble() * 3)); // ms
            var durations = new PercentileCurve([(0, typical / 4), (0.5, typical), (1, typical * 5)]);
            var memory = new PercentileCurve([(0.01, 120), (0.5, 150), (1, 210)]);
            functions.Add(new AzureFunctionTrace($"own{i / 40}", $"app{i / 4}", $"fn{i}", "http", perMinute, durations, memory));
        }

        return new AzureTrace([.. functions.Where(f => f.PerMinute.Any(c => c > 0))], 0, minutes, 0);
    }

    private static int Poisson(double mean, StreamRandom random)
    {
        if (mean >= 30)
        {
            return Math.Max(0, (int)Math.Round(MathNet.Numerics.Distributions.Normal.Sample(random, mean, Math.Sqrt(mean))));
        }

        double limit = Math.Exp(-mean), product = random.NextDouble();
        int k = 0;
        while (product >= limit)
        {
            product *= random.NextDouble();
            k++;
        }

        return k;
    }

    private sealed class CountingSink : IActivationSink
    {
        public long Count { get; private set; }

        public void Add(ActivationRecord record) => Count++;
    }
}
