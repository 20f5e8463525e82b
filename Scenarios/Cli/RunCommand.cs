using System.CommandLine;
using System.CommandLine.Parsing;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim run SCENARIO --out DIR [--activations csv|parquet] [--figures svg,png,pdf] [--style paper --width 3.5in|7in]</c>:
/// every case x policy x replication, written as activations.csv, summary.csv, burst_info.json, run.yaml and figures.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new ScenarioOptions();
        var command = new Command("run", "Run a scenario: every case under every policy and replication, side by side on identical workload draws.");
        options.AddTo(command);
        var activationsFormat = new Option<string?>("--activations")
        {
            Description = "activations file: csv (activations.csv, the default) or parquet (activations.parquet: the same columns, typed).",
        };
        activationsFormat.Validators.Add(r => RefuseFigureFormat(r, "--activations"));
        // The old name of --activations: it read as a figure format beside figures' --format. Still accepted, with a note.
        var format = new Option<string?>("--format") { Description = "Deprecated spelling of --activations.", Hidden = true };
        format.Validators.Add(r => RefuseFigureFormat(r, "--format"));
        var figureFormats = new Option<string>("--figures")
        {
            Description = "Figure formats, comma-separated: svg (default), png, pdf; e.g. png,svg,pdf.",
            DefaultValueFactory = _ => "svg",
        };
        var (style, width) = FiguresCommand.StyleOptions();
        command.Add(activationsFormat);
        command.Add(format);
        command.Add(figureFormats);
        command.Add(style);
        command.Add(width);
        command.SetAction(parse =>
        {
            if (parse.GetValue(format) is not null)
            {
                if (parse.GetValue(activationsFormat) is not null)
                {
                    throw new InputException("--format", "is the old name of --activations; give only --activations");
                }

                stderr.WriteLine("note: --format is deprecated for run; write --activations csv|parquet (figure formats go to --figures svg,png,pdf).");
            }

            string chosen = parse.GetValue(activationsFormat) ?? parse.GetValue(format) ?? "csv";
            if (parse.GetValue(options.NoFigures) && parse.GetResult(figureFormats) is { Implicit: false })
            {
                // Both written: which one the user meant is unknown, so neither wins silently.
                throw new InputException("--figures", "contradicts --no-figures, which draws no figures; give one of the two");
            }

            var figures = parse.GetValue(options.NoFigures) ? [] : FiguresCommand.ParseFormats(parse.GetValue(figureFormats), "--figures");
            var figureStyle = FiguresCommand.ParseStyle(parse.GetValue(style)!, parse.GetValue(width));
            var scenario = ScenarioLoader.Load(parse.GetValue(options.Scenario)!, options.Overrides(parse));
            int threads = options.ThreadCount(parse);
            string outDir = options.OutputPath(parse);
            var activations = chosen == "parquet" ? ActivationFormat.Parquet : ActivationFormat.Csv;
            return ScenarioExecution.Execute([scenario], outDir, threads, figures, shard: null, stdout, stderr, RunRecord.Command(parse), activations, figureStyle);
        });
        return command;
    }

    /// <summary>Accepts csv or parquet only; a figure format (the <c>--format</c> of <c>figures</c>) is pointed at <c>--figures</c>,
    /// because a user who knows <c>figures --format png</c> writes <c>run --format png</c> meaning the images.</summary>
    private static void RefuseFigureFormat(OptionResult result, string name)
    {
        string? value = result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
        if (value is null or "csv" or "parquet")
        {
            return;
        }

        string trimmed = value.Trim().ToLowerInvariant();
        bool figure = trimmed.Split(',').All(f => f.Trim() is "png" or "svg" or "pdf");
        result.AddError(figure
            ? $"{name} '{value}' is a figure format; {name} takes the activations file's format (csv or parquet). For figures write --figures {trimmed} (svg, png, pdf; comma-separated)."
            : $"{name} '{value}' is not csv or parquet (the activations file's format); figure formats go to --figures svg,png,pdf.");
    }
}
