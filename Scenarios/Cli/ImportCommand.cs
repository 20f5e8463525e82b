using System.CommandLine;
using Burstsim.Results.Charts;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Outputs;
using Burstsim.Scenarios.Validation;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim import FILE.csv --out DIR [--figures svg,png,pdf] [--style paper --width 3.5in|7in]</c>: a real Lithops run becomes activations.csv, summary.csv,
/// summary-ci.csv and figures (timeline, Lithops' timeline and active-calls pair, startup box plot, each with its CSV) in
/// burstsim's own format, times from the run's first host_job_create.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("file") { Description = "A Lithops statistics CSV (epoch seconds; padded headers and extra columns are fine)." };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder (created; files inside are replaced).", Required = true };
        var policy = new Option<string>("--policy") { Description = "The policy the run used, for the policy and granularity columns. Default: from the file name (granN.csv), else 'real'." };
        var figureFormats = new Option<string>("--figures") { Description = "Figure formats, comma-separated: svg (default), png, pdf.", DefaultValueFactory = _ => "svg" };
        var (style, width) = FiguresCommand.StyleOptions();
        var command = new Command("import", "Turn a real Lithops run into burstsim's outputs (activations.csv, summary.csv, figures) so every figure works on it.") { file, outDir, policy, figureFormats, style, width };
        command.SetAction(parse =>
        {
            RealFileArguments.RefuseFolders([parse.GetValue(file)!], "FILE");
            var formats = FiguresCommand.ParseFormats(parse.GetValue(figureFormats), "--figures");
            var figureStyle = FiguresCommand.ParseStyle(parse.GetValue(style)!, parse.GetValue(width));
            var run = RealInputs.Read([parse.GetValue(file)!], "FILE")[0];
            string? given = parse.GetValue(policy);
            var spec = given is not null || run.ImpliedPolicy is not null ? RealInputs.Policy(run, given, Simulator.Scheduling.PolicyRegistry.BuiltIn) : null;
            var context = new RunContext(run.Name, spec?.Name ?? "real", spec?.GranularityLabel ?? "real", 0, 0);
            string destination = parse.GetValue(outDir)!.FullName;
            if (File.Exists(destination))
            {
                throw new InputException("--out", $"{destination} is a file; give a folder");
            }

            OutputFolder.Write(destination, folder =>
            {
                using (var csv = ActivationCsvWriter.Create(folder.File("activations.csv"), context))
                {
                    foreach (var record in run.Records)
                    {
                        csv.Add(record);
                    }
                }

                var metrics = RunMetrics.Of(context, run.Records);
                if (!run.HasFunctionSpans)
                {
                    // Without func start/end the function start-up is unknown (RealRun stands worker_start in for it): empty cells, not the worker's.
                    metrics = metrics with { Summary = metrics.Summary with { PeakConcurrency = null, FuncStartupP50S = double.NaN, FuncStartupMaxS = double.NaN } };
                }

                using (var summary = new StringWriter { NewLine = "\n" })
                {
                    using (var writer = new SummaryCsvWriter(summary, [], leaveOpen: true))
                    {
                        // A real run requested exactly the functions it recorded (none was refused).
                        writer.Add(metrics.Summary with { FunctionsRequested = metrics.Summary.Functions });
                    }

                    RunOutputs.WriteSummaries(folder, summary.ToString());
                }

                Figures(folder.Figures, run, context, formats, figureStyle);
                // Every output folder says how it was made: the import's resolved inputs, command line and version.
                RunRecord.Write(folder.Staging, RunRecord.Command(parse),
                [
                    ("file", Path.GetFullPath(run.Path)),
                    ("functions", run.Records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    ("policy", context.Policy),
                    ("granularity", context.Granularity),
                    ("figures", string.Join(",", formats.Select(f => Burstsim.Results.Report.ExportFormats.Extension(f).TrimStart('.')))),
                    ("style", figureStyle.IsPaper ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"paper {figureStyle.WidthInches}in") : "screen"),
                ]);
                return true;
            });

            if (!run.HasFunctionSpans)
            {
                stdout.WriteLine($"note: {run.Path} has no worker_func_start_tstamp and worker_func_end_tstamp in every row, so peak concurrency is unknown and so is the function start-up: peak_concurrency, func_startup_p50_s and func_startup_max_s in summary.csv are empty (not measured; validate does not compare them for this file)");
            }

            stdout.WriteLine($"imported {run.Records.Count} function{(run.Records.Count == 1 ? "" : "s")} of {run.Path} into {destination}: activations.csv, summary.csv, summary-ci.csv, run.yaml, figures/");
            return ExitCodes.Ok;
        });
        return command;
    }

    // The figures run draws, on the real run: timeline, Lithops' pair (to set beside a simulated run's), startup box plot.
    private static void Figures(string directory, RealRun run, RunContext context, IReadOnlyList<Burstsim.Results.Report.ExportFormat> formats, FigureStyle style)
    {
        Execution.StagingRegistry.CreateDirectory(directory);
        var invokers = run.Records.Select(r => r.Invoker).Distinct(StringComparer.Ordinal).Select(n => new InvokerSpec(n, 1, 1)).ToArray();
        var timeline = new TimelineCollector(new ClusterSpec(invokers));
        foreach (var record in run.Records)
        {
            timeline.Add(record);
        }

        // Lithops' statistics do not say where a call ran: the legend says so instead of naming an invoker "unknown".
        var rows = timeline.Rows().Select(r => r.InvokerName == RealRun.Unrecorded ? r with { InvokerName = "invoker not recorded" } : r).ToArray();
        // "real" alone when the policy is unknown ("real (real)" said it twice).
        string name = context.Policy == "real" ? "real" : $"{context.Policy} (real)";
        TimelinePanel[] panels = [new TimelinePanel(name, rows)];
        string what = $"{run.Name} (real run)";
        var captions = new List<(string Stem, string Title, string Caption)>();
        void Save(string name, ChartFigure figure, string title)
        {
            _ = FigureWriter.SaveWithData(directory, name, figure, formats);
            // The figure set's caption: the chart's notes (what the marks are, aggregated rows, outliers drawn "k of n"),
            // then the CSV holding its numbers; a bare title left all of that undisclosed (review 24c).
            captions.Add((name, title, $"{Burstsim.Scenarios.Figures.FigureCaption.WithNotes("", figure)} Data: figures/{name}.csv.".TrimStart()));
        }

        Save("timeline", TimelineChart.Render(panels, TimelineChart.Defaults with { Title = $"{what}: function timeline", Style = style }), $"{what}: function timeline");
        Save("lithops-timeline", LithopsCharts.Timeline(panels, LithopsCharts.Defaults with { Title = $"{what}: Lithops timeline", Style = style }), $"{what}: Lithops timeline");
        Save("lithops-histogram", LithopsCharts.ActiveCalls(panels, LithopsCharts.Defaults with { Title = $"{what}: active calls", Style = style }), $"{what}: active calls");
        string box = $"{what}: startup latency (worker_start - host_job_create)";
        Save("startup-boxplot", BoxplotChart.Render([(name, "startup", run.Records.Select(r => r.Startup.Seconds).ToArray())], BoxplotChart.Defaults with { Title = box, XLabel = "policy", Style = style }), box);
        if (style.IsPaper)
        {
            // Paper figures carry no title: the captions file gives them, as run's and the figure set's do.
            _ = FigureWriter.WriteCaptions(directory, captions, formats);
        }
    }
}
