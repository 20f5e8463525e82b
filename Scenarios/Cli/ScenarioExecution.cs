using System.Globalization;
using Burstsim.Results.Report;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Model;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// What run and sweep share once the scenario variants are valid: plan, run in parallel, write
/// outputs to a staging folder, move them into place, print the table, and map failed checks to exit 1.
/// </summary>
internal static class ScenarioExecution
{
    /// <param name="figureFormats">The formats run draws its figures in; empty for none (sweep, --no-figures).</param>
    /// <param name="command">The command line for run.yaml (<see cref="RunRecord.Command"/>).</param>
    /// <param name="figureStyle">Screen (default) or paper (<c>run --style paper --width 3.5in</c>).</param>
    public static int Execute(IReadOnlyList<Scenario> variants, string outDir, int threads, IReadOnlyList<ExportFormat> figureFormats, ShardSpec? shard, TextWriter stdout, TextWriter stderr, string command, ActivationFormat format = ActivationFormat.Csv, Burstsim.Results.Charts.FigureStyle? figureStyle = null)
    {
        bool figures = figureFormats.Count > 0;
        bool interactive = Terminal.IsInteractive(stdout);
        var plan = RunPlan.Build(variants);
        var (first, length) = shard?.Slice(plan.Units.Count) ?? (0, plan.Units.Count);
        var units = plan.Units.Skip(first).Take(length).ToArray();
        var manifest = shard is null ? null : new ShardManifest(shard.Index, shard.Count, first, length, plan.Units.Count, plan.Fingerprint);

        MemoryEstimate.Check(units, threads);
        RunTimeEstimate.Warn(units, threads, stderr);

        // Everything is valid by now: only from here on is anything written, and only into a staging folder.
        IReadOnlyList<string> figureFiles = [];
        string destination = string.Empty;
        var results = OutputFolder.Write(outDir, folder =>
        {
            destination = folder.Destination;
            // CSV activations are joined as the units finish, so an interrupted sweep leaves a few unit files, not thousands.
            using var assembly = format == ActivationFormat.Csv && units.Length > 1
                ? new ActivationsAssembly(folder.File("activations.csv"), ActivationsFile.Header(plan.SweptColumns), units.Length)
                : null;
            var done = PlanExecutor.Execute(plan, units, folder.Work, threads, figures, Terminal.ShowsProgress(stderr), format, assembly);
            assembly?.Finish();
            RunOutputs.Write(folder, plan, done, manifest, format, activationsAssembled: assembly is not null);
            RunRecord.Write(folder.Staging, command, variants);
            if (figures)
            {
                // Drawing (SVG, PNG and PDF of every figure) can take longer than the runs: it shows its own progress line.
                figureFiles = ProgressDisplay.Run(Terminal.ShowsProgress(stderr), "drawing figures", FigureWriter.Steps(done), step => FigureWriter.Write(folder.Figures, variants[0].Name, done, figureFormats, figureStyle, step));
            }

            return done;
        });

        SummaryTable.Print(stdout, interactive, results);
        var written = new List<string> { format == ActivationFormat.Parquet ? "activations.parquet" : "activations.csv", "summary.csv", "summary-ci.csv" };
        if (File.Exists(Path.Combine(destination, "burst_info.json")))
        {
            written.Add("burst_info.json");
        }

        written.Add(RunRecord.FileName);

        written.AddRange(figureFiles.Select(f => "figures/" + f));
        if (manifest is not null)
        {
            written.Add(ShardManifest.FileName);
        }

        string runs = (shard, length) switch
        {
            (null, _) => $"{units.Length} runs",
            (_, 0) => string.Create(CultureInfo.InvariantCulture, $"shard {shard}: no runs (the plan has {plan.Units.Count} runs for {shard.Count} shards)"),
            _ => string.Create(CultureInfo.InvariantCulture, $"shard {shard}: runs {first}..{first + length - 1} of {plan.Units.Count}"),
        };
        // The files under the folder's name, wrapped to the console (80 columns when captured): a run with figures
        // writes dozens, which on one line made a 300-character line.
        stdout.WriteLine($"{runs}; wrote {destination}:");
        foreach (string line in ConsoleTables.Wrap(string.Join(", ", written), ConsoleWidth.Resolve(interactive, 80) - 2, ""))
        {
            stdout.WriteLine("  " + line);
        }

        foreach (var error in results.SelectMany(r => r.Errors.Select(e => $"{r.Unit.Context.Policy}, replication {r.Unit.Replication}, case {r.Unit.Case.Label}: {e}")).Take(10))
        {
            stdout.WriteLine($"not run: {error}"); // refused bursts, and burst workers that could never be placed again after a crash
        }

        var failed = results.SelectMany(r => r.FailedChecks).ToArray();
        foreach (string check in failed)
        {
            stderr.WriteLine($"check failed: {check}");
        }

        return failed.Length == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }
}
