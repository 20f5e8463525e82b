using System.CommandLine;
using System.Globalization;
using Burstsim.Scenarios.Bench;
using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Cli;

/// <summary><c>burstsim bench [--quick] [--out DIR]</c>: the kernel's events per second beside .NET's PriorityQueue.</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout)
    {
        var quick = new Option<bool>("--quick") { Description = "A short run (under 30 s): kernel cases and 100k-function model cases." };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Also write the figures to DIR/bench.csv and DIR/bench-model.csv." };
        var command = new Command("bench", "Measure the event kernel against .NET's PriorityQueue in the same process.")
        {
            quick,
            outDir,
        };
        command.SetAction(parse => Execute(parse.GetValue(quick), parse.GetValue(outDir), stdout));
        return command;
    }

    private static int Execute(bool quick, DirectoryInfo? outDir, TextWriter stdout)
    {
        // With --out, the folder is checked and staged before measuring; the files move in only when complete.
        return outDir is null
            ? Measure(quick, null, stdout)
            : OutputFolder.Write(outDir.FullName, folder => Measure(quick, folder.Staging, stdout));
    }

    private static int Measure(bool quick, string? outDir, TextWriter stdout)
    {
        int repetitions = quick ? 3 : 7;
        long scale = quick ? 1 : 4;
        var cases = new List<BenchCase>();
        foreach (var (pending, events) in new (int, long)[] { (100, 4_000_000), (10_000, 3_000_000), (100_000, 2_000_000) })
        {
            cases.Add(KernelBench.Measure(pending, events * scale, repetitions));
        }

        stdout.WriteLine("case         pending   engine events/s   raw PriorityQueue ops/s   engine/raw");
        foreach (var c in cases)
        {
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{c.Case,-12} {c.Pending,7} {c.EngineEventsPerSecond / 1e6,14:0.00} M {c.RawHeapOpsPerSecond / 1e6,22:0.00} M {c.Ratio,12:0.00}"));
        }

        int functions = quick ? 100_000 : 1_000_000;
        var model = new[] { ModelBench.Burst(functions), ModelBench.Classic(functions) };
        stdout.WriteLine();
        stdout.WriteLine("model case     functions  invokers   wall s      events   simulated s  peak MB");
        foreach (var m in model)
        {
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{m.Case,-13} {m.Functions,10} {m.Invokers,9} {m.WallSeconds,8:0.00} {m.Events,11} {m.SimulatedSeconds,13:0.0} {m.PeakWorkingSetMb,8}"));
        }

        if (outDir is not null)
        {
            using var writer = new StreamWriter(Path.Combine(outDir, "bench.csv"));
            writer.NewLine = "\n";
            writer.WriteLine("case,pending,engine_events_per_s,raw_heap_ops_per_s");
            foreach (var c in cases)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Case},{c.Pending},{c.EngineEventsPerSecond:0},{c.RawHeapOpsPerSecond:0}"));
            }

            using var models = new StreamWriter(Path.Combine(outDir, "bench-model.csv"));
            models.NewLine = "\n";
            models.WriteLine("case,functions,invokers,wall_s,events,simulated_s,peak_working_set_mb");
            foreach (var m in model)
            {
                models.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Case},{m.Functions},{m.Invokers},{m.WallSeconds:0.000},{m.Events},{m.SimulatedSeconds:0.000},{m.PeakWorkingSetMb}"));
            }
        }

        return ExitCodes.Ok;
    }
}
