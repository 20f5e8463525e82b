using System.CommandLine;
using System.Globalization;
using Burstsim.Scenarios.Bench;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim bench [--quick] [--max-functions N] [--out DIR]</c>: the kernel on the radix heap and on the
/// comparison heap beside .NET's PriorityQueue, then the whole model's wall time and peak memory at 10^4 .. N functions,
/// then trace replay (<see cref="TraceBench"/>) at growing lengths: invocations per second and peak bytes per invocation.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout)
    {
        var quick = new Option<bool>("--quick") { Description = "A short run (about a minute): fewer repetitions, scaling rows up to 10^5 functions." };
        var maxFunctions = new Option<int?>("--max-functions") { Description = "Largest scaling row, a power of ten >= 10000 (default 10000000; 100000 with --quick)." };
        var single = new Option<string?>("--single") { Description = "Internal: run one scaling row (burst:N, classic:N or trace:MINUTES) and print it as CSV.", Hidden = true };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Also write the figures to DIR/bench.csv and DIR/bench-model.csv." };
        var command = new Command("bench", "Measure the event kernel against .NET's PriorityQueue in the same process, and the model's growth with N.")
        {
            quick,
            maxFunctions,
            single,
            outDir,
        };
        command.SetAction(parse => parse.GetValue(single) is { } s
            ? Single(s, stdout)
            : Execute(parse.GetValue(quick), parse.GetValue(maxFunctions), parse.GetValue(outDir), stdout));
        return command;
    }

    private static int Single(string spec, TextWriter stdout)
    {
        stdout.WriteLine(ScalingBench.RunSingle(spec));
        return ExitCodes.Ok;
    }

    private static int Execute(bool quick, int? maxFunctions, DirectoryInfo? outDir, TextWriter stdout)
    {
        int largest = maxFunctions ?? (quick ? 100_000 : 10_000_000);
        // The scaling rows are 10^4, 10^5, ...: any other number would silently stop at the power of ten below it.
        if (largest < 10_000 || !IsPowerOfTen(largest))
        {
            int below = largest < 10_000 ? 10_000 : (int)Math.Pow(10, Math.Floor(Math.Log10(largest)));
            throw new InputException("--max-functions", string.Create(CultureInfo.InvariantCulture, $"must be a power of ten from 10000 (the scaling rows are 10000, 100000, ...), got {largest}; use {below}{(largest < 10_000 ? string.Empty : $" or {below * 10L}")}"));
        }

        // With --out, the folder is checked and staged before measuring; the files move in only when complete.
        return outDir is null
            ? Measure(quick, largest, null, stdout)
            : OutputFolder.Write(outDir.FullName, folder => Measure(quick, largest, folder.Staging, stdout));
    }

    private static bool IsPowerOfTen(long n)
    {
        while (n >= 10 && n % 10 == 0)
        {
            n /= 10;
        }

        return n == 1;
    }

    private static int Measure(bool quick, int largest, string? outDir, TextWriter stdout)
    {
        int repetitions = quick ? 3 : 7;
        long scale = quick ? 1 : 3;
        var cases = new List<BenchCase>();
        foreach (var (pending, events) in new (int, long)[] { (100, 4_000_000), (10_000, 3_000_000), (100_000, 2_000_000), (1_000_000, 3_000_000) })
        {
            cases.Add(KernelBench.Measure(pending, events * scale, repetitions));
        }

        stdout.WriteLine("case           pending   radix events/s   heap events/s   raw PriorityQueue ops/s   radix/raw   heap/raw");
        foreach (var c in cases)
        {
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{c.Case,-13} {c.Pending,8} {c.RadixEventsPerSecond / 1e6,14:0.00} M {c.HeapEventsPerSecond / 1e6,13:0.00} M {c.RawHeapOpsPerSecond / 1e6,23:0.00} M {c.Ratio,11:0.00} {c.HeapRatio,10:0.00}"));
        }

        stdout.WriteLine();
        stdout.WriteLine("model case     functions  invokers   wall s      events   simulated s  peak MB  (each row its own process)");
        var model = new List<ModelBenchCase>();
        foreach (int n in ScalingBench.Sizes(largest))
        {
            foreach (string policy in new[] { "burst", "classic" })
            {
                var m = ScalingBench.Measure(policy, n);
                model.Add(m);
                stdout.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{m.Case,-13} {m.Functions,10} {m.Invokers,9} {m.WallSeconds,8:0.00} {m.Events,11} {m.SimulatedSeconds,13:0.0} {m.PeakWorkingSetMb,8}"));
                stdout.Flush();
            }
        }

        stdout.WriteLine();
        stdout.WriteLine("trace case     invocations   wall s   invocations/s   peak MB   bytes/invocation  (each row its own process)");
        foreach (int minutes in TraceBench.Lengths(quick))
        {
            var t = ScalingBench.Measure("trace", minutes);
            model.Add(t);
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{t.Case,-13} {t.Functions,12} {t.WallSeconds,8:0.00} {t.Functions / t.WallSeconds,15:0} {t.PeakWorkingSetMb,9} {t.PeakWorkingSetMb * 1048576.0 / t.Functions,18:0}"));
            stdout.Flush();
        }

        if (outDir is not null)
        {
            Write(outDir, cases, model);
        }

        return ExitCodes.Ok;
    }

    private static void Write(string outDir, List<BenchCase> cases, List<ModelBenchCase> model)
    {
        using var writer = new StreamWriter(Path.Combine(outDir, "bench.csv"));
        writer.NewLine = "\n";
        writer.WriteLine("case,pending,radix_events_per_s,heap_events_per_s,raw_heap_ops_per_s");
        foreach (var c in cases)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Case},{c.Pending},{c.RadixEventsPerSecond:0},{c.HeapEventsPerSecond:0},{c.RawHeapOpsPerSecond:0}"));
        }

        using var models = new StreamWriter(Path.Combine(outDir, "bench-model.csv"));
        models.NewLine = "\n";
        models.WriteLine("case,functions,invokers,wall_s,events,simulated_s,peak_working_set_mb");
        foreach (var m in model)
        {
            models.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Case},{m.Functions},{m.Invokers},{m.WallSeconds:0.000},{m.Events},{m.SimulatedSeconds:0.000},{m.PeakWorkingSetMb}"));
        }
    }
}
