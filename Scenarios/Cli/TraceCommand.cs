using System.CommandLine;
using System.Globalization;
using Burstsim.Results.Charts;
using Burstsim.Results.Csv;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Traces;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim trace stats FILES [--out DIR]</c>: per-function rates, durations and memory of every trace format burstsim
/// replays; <c>burstsim trace sample FILES --functions N [--scale X] [--seed S] --out DIR</c>: N functions chosen to keep
/// the trace's rate and duration distributions (<see cref="TraceSampler"/>), rates optionally scaled, written in the
/// trace's own format so the same scenario (with the new paths) replays it.
/// </summary>
internal static class TraceCommand
{
    /// <summary>Seed of <c>trace sample</c> when none is given.</summary>
    public const ulong DefaultSeed = 1;

    public static Command Create(TextWriter stdout) => new("trace", "Measure a trace (stats) or take a smaller or scaled sample of it in the same format (sample).")
    {
        Stats(stdout),
        Sample(stdout),
    };

    private static Argument<string[]> Files()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The trace's CSV files: an Azure 2019 day's invocations, durations and memory files; an azure-2021, alibaba-fc, huawei or trace CSV; a Huawei 2023 requests table with its function delay table.",
            Arity = ArgumentArity.OneOrMore,
        };

        // System.CommandLine hands an unknown option (--bogus) to this argument as a file name: say it is no option
        // instead of "FILES: --bogus does not exist". A file really named -x is still read.
        files.Validators.Add(result =>
        {
            if (result.Parent is System.CommandLine.Parsing.CommandResult command
                && result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)) is { } token)
            {
                result.AddError(ParseErrorText.NotAnOption(token.Value, command.Command));
            }
        });
        return files;
    }

    private static (Option<string> Figures, Option<string> Style, Option<string?> Width) FigureOptions() => (
        new Option<string>("--figures") { Description = "Figure formats, comma-separated: svg (default), png, pdf.", DefaultValueFactory = _ => "svg" },
        new Option<string>("--style") { Description = "screen (default) or paper (printed size, no titles), as for figures.", DefaultValueFactory = _ => "screen" },
        new Option<string?>("--width") { Description = "Printed width with --style paper: 3.5in (default) or 7in." });

    private static Command Stats(TextWriter stdout)
    {
        var files = Files();
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Also write trace-stats.csv, trace-functions.csv and figures/trace-stats.svg (with its CSV) here." };
        var (figures, style, width) = FigureOptions();
        var command = new Command("stats", "Per-function invocation rates, mean durations and memory of traces, as a table (and CSV and a figure with --out).") { files, outDir, figures, style, width };
        command.SetAction(parse =>
        {
            var formats = FiguresCommand.ParseFormats(parse.GetValue(figures), "--figures");
            var figureStyle = FiguresCommand.ParseStyle(parse.GetValue(style)!, parse.GetValue(width));
            // --out is checked before any trace is read (docs/scenarios.md): a file there, or an input the outputs would replace.
            string? destination = parse.GetValue(outDir) is { } dir ? OutDir(dir) : null;
            var inputs = TraceInputs.Group(parse.GetValue(files)!);
            string[] written = ["trace-stats.csv", "trace-functions.csv", Path.Combine("figures", "trace-stats.csv"), .. formats.Select(f => Path.Combine("figures", "trace-stats" + Results.Report.ExportFormats.Extension(f)))];
            if (destination is not null)
            {
                InputFiles.CheckNotReplacedBy(destination, written);
            }

            var traces = inputs.Select(Measured).ToArray();
            foreach (var trace in traces)
            {
                TraceReport.Print(stdout, trace, traces);
            }

            if (destination is not null)
            {
                OutputFolder.Write(destination, folder =>
                {
                    TraceReport.WriteStats(folder.File("trace-stats.csv"), traces);
                    TraceReport.WriteFunctions(folder.File("trace-functions.csv"), traces);
                    TraceReport.WriteFigure(folder.Figures, "trace-stats", "Per-function distributions", [.. traces.Select(t => (TraceReport.Name(t, traces), t, t.Functions))], figureStyle, formats);
                    return true;
                });
                stdout.WriteLine($"wrote {destination}: trace-stats.csv, trace-functions.csv, figures/trace-stats.{string.Join(",", formats.Select(f => Results.Report.ExportFormats.Extension(f).TrimStart('.')).Append("csv"))}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Sample(TextWriter stdout)
    {
        var files = Files();
        var functions = new Option<int>("--functions") { Description = "Functions in the sample (at most the trace's).", Required = true };
        var scale = new Option<double>("--scale") { Description = "Multiplies every function's invocation rate (0.5 halves, 2 doubles); each function keeps at least one call.", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random samples; the same seed gives the same sample.", DefaultValueFactory = _ => DefaultSeed };
        var trials = new Option<int>("--trials") { Description = "Random samples drawn; the one closest to the trace is kept (16, as invitro's reference samples).", DefaultValueFactory = _ => TraceSampler.DefaultTrials };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the sampled trace files (same names and format) and figures/: sample.svg (trace vs sample) and sample-distances.csv.", Required = true };
        var (figures, style, width) = FigureOptions();
        var command = new Command("sample", "Choose N functions keeping the trace's rate and duration distributions, optionally scale their rates, and write them in the trace's format.") { files, functions, scale, seed, trials, outDir, figures, style, width };
        command.SetAction(parse =>
        {
            var formats = FiguresCommand.ParseFormats(parse.GetValue(figures), "--figures");
            var figureStyle = FiguresCommand.ParseStyle(parse.GetValue(style)!, parse.GetValue(width));
            int count = parse.GetValue(functions), trialCount = parse.GetValue(trials);
            double x = parse.GetValue(scale);
            if (count < 1)
            {
                throw new InputException("--functions", $"{count} functions; give at least 1");
            }

            if (!(x > 0) || !double.IsFinite(x))
            {
                throw new InputException("--scale", string.Create(CultureInfo.InvariantCulture, $"{x} is not a finite number above 0; give a factor above 0 (0.5 halves every function's rate, 2 doubles it)"));
            }

            if (trialCount is < 1 or > TraceSampler.MostTrials)
            {
                throw new InputException("--trials", string.Create(CultureInfo.InvariantCulture, $"{trialCount}; give 1 to {TraceSampler.MostTrials} (invitro keeps the best of {TraceSampler.DefaultTrials}; beyond a few hundred the best sample's distance hardly moves)"));
            }

            var inputs = TraceInputs.Group(parse.GetValue(files)!);
            if (inputs.Count != 1)
            {
                throw new InputException("FILES", $"{inputs.Count} traces given ({string.Join("; ", inputs.Select(t => string.Join(", ", t.Files)))}); sample one trace at a time");
            }

            var input = inputs[0];
            var names = OutputNames(input.Files);
            string destination = OutDir(parse.GetValue(outDir)!);
            // The shared check (links followed, as for run): before the trace is read, and again when the sample moves in.
            InputFiles.CheckNotReplacedBy(destination, [.. names.Values, Path.Combine("figures", "sample-distances.csv"), Path.Combine("figures", "sample.csv"), .. formats.Select(f => Path.Combine("figures", "sample" + Results.Report.ExportFormats.Extension(f)))]);
            var trace = Measured(input);
            if (count > trace.Functions.Count)
            {
                throw new InputException("--functions", $"{count} is more than the trace's {trace.Functions.Count} functions (those called at least once in {trace.Files[0]}); give at most {trace.Functions.Count}");
            }

            // Each trial scores a sample against every function of the trace: bound the whole before drawing any.
            if ((double)trialCount * trace.Functions.Count > TraceSampler.MostFunctionTrials)
            {
                long most = Math.Max(1, (long)(TraceSampler.MostFunctionTrials / trace.Functions.Count));
                throw new InputException("--trials", string.Create(CultureInfo.InvariantCulture, $"{trialCount} trials over the trace's {trace.Functions.Count} functions would score {(double)trialCount * trace.Functions.Count:0.###E+0} function-samples, beyond the {TraceSampler.MostFunctionTrials:0E+0} sample takes in minutes; give at most {most} trials for this trace"));
            }

            var choice = TraceSampler.Choose(trace, count, trialCount, parse.GetValue(seed));
            var calls = Scaled(choice.Functions, x);
            long total = calls.Values.Sum();
            OutputFolder.Write(destination, folder =>
            {
                foreach (var (file, name) in names)
                {
                    StagingRegistry.CreateDirectory(Path.GetDirectoryName(folder.File(name))!);
                }

                StagingRegistry.CreateDirectory(folder.Figures);

                input.WriteSample(trace, calls, file => folder.File(names[file]));
                WriteDistances(Path.Combine(folder.Figures, "sample-distances.csv"), choice);
                var sampled = trace with { Functions = choice.Functions };
                TraceReport.WriteFigure(folder.Figures, "sample", $"{TraceReport.Name(trace)}: trace vs sample of {count} functions{(x == 1 ? string.Empty : " (rates before --scale)")}", [("trace", trace, trace.Functions), ($"sample ({count} functions)", sampled, choice.Functions)], figureStyle, formats);
                return true;
            });

            long before = choice.Functions.Sum(f => f.Invocations);
            stdout.WriteLine($"{trace.Format}: {TraceReport.Name(trace)}");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  sampled {count:N0} of {trace.Functions.Count:N0} functions ({(count == trace.Functions.Count ? "all: the trace itself" : $"seed {parse.GetValue(seed)}, best of {choice.Trials} random samples")})"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  invocations {before:N0} of {trace.Invocations:N0}{(x == 1 ? string.Empty : $", scaled by {x} to {total:N0}")}, over {TraceReport.Number(trace.Minutes)} min"));
            stdout.WriteLine("  distance to the trace (log10)   Wasserstein-1   Kolmogorov-Smirnov");
            foreach (var d in choice.Distances)
            {
                stdout.WriteLine("  " + d.Quantity.PadRight(30) + TraceReport.Number(d.Wasserstein).PadLeft(15) + TraceReport.Number(d.KolmogorovSmirnov).PadLeft(21));
            }

            stdout.WriteLine($"wrote {destination}: {string.Join(", ", names.Values)}, figures/sample-distances.csv, figures/sample.{string.Join(",", formats.Select(f => Results.Report.ExportFormats.Extension(f).TrimStart('.')).Append("csv"))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Each chosen function's calls in the sample: its calls times <paramref name="scale"/>, rounded, at least 1.</summary>
    /// <exception cref="InputException">The sample would have more calls than one run can number.</exception>
    private static Dictionary<string, long> Scaled(IReadOnlyList<Traces.FunctionProfile> functions, double scale)
    {
        double total = functions.Sum(f => Math.Max(1, Math.Round(f.Invocations * scale, MidpointRounding.AwayFromZero)));
        if (total > int.MaxValue)
        {
            double most = int.MaxValue / (double)functions.Sum(f => f.Invocations);
            throw new InputException("--scale", string.Create(CultureInfo.InvariantCulture, $"{scale} makes {total:G3} invocations, more than the {int.MaxValue} one run can number; give at most {most:G3}"));
        }

        return functions.ToDictionary(f => f.Key, f => (long)Math.Max(1, Math.Round(f.Invocations * scale, MidpointRounding.AwayFromZero)), StringComparer.Ordinal);
    }

    private static void WriteDistances(string path, SampleChoice choice)
    {
        using var output = new StreamWriter(path, append: false, Outputs.RunOutputs.Utf8);
        output.Write(CsvText.Line(["quantity", "wasserstein_log10", "kolmogorov_smirnov", "functions", "trials"]));
        foreach (var d in choice.Distances)
        {
            output.Write(CsvText.Line([d.Quantity, FigureData.Cell(d.Wasserstein), FigureData.Cell(d.KolmogorovSmirnov), choice.Functions.Count.ToString(CultureInfo.InvariantCulture), choice.Trials.ToString(CultureInfo.InvariantCulture)]));
        }
    }

    /// <summary>Where each file of the trace goes in --out: its name, or folder/name when two files share a name (Huawei's requests_minute/day_01.csv and function_delay_minute/day_01.csv).</summary>
    private static Dictionary<string, string> OutputNames(IReadOnlyList<string> files)
    {
        bool clash = files.Select(Path.GetFileName).Distinct(StringComparer.Ordinal).Count() < files.Count;
        var names = files.ToDictionary(f => f, f => clash ? Path.Combine(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f))) ?? string.Empty, Path.GetFileName(f)) : Path.GetFileName(f), StringComparer.Ordinal);
        if (names.Values.Distinct(StringComparer.Ordinal).Count() < names.Count)
        {
            throw new InputException("FILES", $"two files of the trace would be written to the same name ({string.Join(", ", files)}); give files whose names or folders differ");
        }

        return names;
    }

    /// <summary>The trace measured, refused when no function is ever called in it (a header and no rows): nothing to measure or sample.</summary>
    /// <exception cref="InputException">The trace has no invocations (field FILES).</exception>
    private static TraceProfile Measured(ITraceFiles files)
    {
        var trace = files.Profile();
        return trace.Functions.Count > 0 ? trace
            : throw new InputException("FILES", $"{string.Join(", ", files.Files)} has no invocations (a header and no calls); give a trace with at least one call");
    }

    private static string OutDir(DirectoryInfo dir)
    {
        string destination = dir.FullName;
        return File.Exists(destination) ? throw new InputException("--out", $"{destination} is a file; give a folder") : destination;
    }
}
