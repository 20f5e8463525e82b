using System.Diagnostics;
using System.Globalization;
using Burstsim.Results.Csv;
using Burstsim.Results.Parquet;
using Burstsim.Results.Summary;
using Burstsim.Scenarios.Execution;
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
/// ../shared/bench/azure_day.py, replayed under classic on 200 invokers of 48 CPUs with every record written to a Parquet file (a temporary one,
/// deleted after) and summarised, as <c>burstsim run --activations parquet</c> does.
/// Each row runs in its own process (<c>burstsim bench --single trace:M</c>), so its peak memory is its own: the
/// rows show invocations per second and peak bytes per invocation, which falls as the trace grows when memory follows
/// what is in flight and not the trace.
/// </summary>
public static class TraceBench
{
    /// <summary>Functions of the synthetic day.</summary>
    public const int Functions = 4000;

    /// <summary>Minutes per row: an hour, six hours, half the day and the day (<paramref name="quick"/>: 15 and 60 minutes); the last two show whether the peak grows with the trace.</summary>
    public static IReadOnlyList<int> Lengths(bool quick) => quick ? [15, 60] : [60, 360, 720, 1440];

    /// <summary>Replays the first <paramref name="minutes"/> minutes in this process.</summary>
    /// <exception cref="InvalidOperationException">A call was not reported.</exception>
    public static ModelBenchCase Replay(int minutes)
    {
        var workload = new AzureTraceWorkload(Day(minutes), Source: "synthetic day");
        var p = new PlatformParameters();
        p = p with { Controller = p.Controller with { ConcurrentLimit = int.MaxValue, PerMinuteLimit = int.MaxValue } };
        var cluster = ClusterSpec.Uniform(Enumerable.Repeat(48, 200).ToArray(), ClusterSpec.DeployUserMemoryMb);
        var context = new RunContext("trace-bench", "classic", "function", 0, 1);
        var summary = new RunSummaryAccumulator(context);
        string file = Path.Combine(Path.GetTempPath(), $"burstsim-trace-bench-{Environment.ProcessId}.parquet");
        GC.Collect();
        var watch = Stopwatch.StartNew();
        RunOutcome outcome;
        try
        {
            // The rows go where `burstsim run ... --activations parquet` sends them: the Parquet file and the summary,
            // on the rows thread, with the run's collection pacing, so the peak is the end-to-end one.
            using (var parquet = ActivationParquetWriter.Create(file, []))
            {
                parquet.Context = context;
                using var background = new BackgroundSink(new ActivationFanOut(parquet, summary, new CollectionPacer()));
                outcome = PlatformRun.Execute(new RunSetup(cluster, p, workload, PolicySpec.Classic, Seed: 1), background);
                background.Complete();
            }

            _ = summary.ToSummaryRow();
        }
        finally
        {
            File.Delete(file);
        }

        watch.Stop();
        if (summary.Rows != outcome.FunctionsRequested)
        {
            throw new InvalidOperationException($"trace replay of {minutes} minutes: {summary.Rows} of {outcome.FunctionsRequested} calls reported");
        }

        return new ModelBenchCase(string.Create(CultureInfo.InvariantCulture, $"trace-{minutes}min"), summary.Rows, cluster.Invokers.Count, watch.Elapsed.TotalSeconds, outcome.Events, outcome.SimulatedSeconds,
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
}
