using System.CommandLine;
using System.Globalization;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Outputs;
using Burstsim.Scenarios.Validation;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim validate --real FILE.csv [--real ...] --scenario S [--policy P] --replications R --out DIR [--figures svg,png,pdf]
/// [--style paper --width 3.5in|7in]</c>: simulates the run matching each real file and writes validation.csv, run.yaml and
/// overlaid box plots and CDFs, each with its CSV; exit 1 when an error exceeds --tolerance. With <c>--suite</c>, the validation suite instead (<see cref="SuiteCommand"/>).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var options = new ValidationOptions(scenarioRequired: false);
        var suite = new SuiteCommand();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder for validation.csv and figures/ (created; files inside are replaced).", Required = true };
        var tolerance = new Option<string[]>("--tolerance")
        {
            Description = "Largest accepted error: a number for every metric, or metric=number (startup_p50_s=0.15); relative for summary metrics, the distance itself for ks_startup. Repeatable.",
        };
        var pool = new Option<bool>("--pool")
        {
            Description = "Compare real runs of one configuration (same policy and number of functions) as one: summary metrics averaged over them, their startups pooled for the KS distance, as the simulated replications are.",
        };
        var figureFormats = new Option<string>("--figures") { Description = "Figure formats, comma-separated: svg (default), png, pdf.", DefaultValueFactory = _ => "svg" };
        var (style, width) = FiguresCommand.StyleOptions();
        var command = new Command("validate", "Compare real Lithops runs with the simulated runs that match them: validation.csv and overlaid figures.") { outDir, tolerance, pool, figureFormats, style, width };
        options.AddTo(command);
        suite.AddTo(command);
        command.SetAction(parse =>
        {
            if (suite.Requested(parse))
            {
                return suite.Run(parse, parse.GetValue(options.Replications) is null ? null : options.ReplicationCount(parse), parse.GetValue(outDir)!.FullName, stdout);
            }

            var tolerances = RealInputs.Tolerances(parse.GetValue(tolerance));
            var formats = FiguresCommand.ParseFormats(parse.GetValue(figureFormats), "--figures");
            var figureStyle = FiguresCommand.ParseStyle(parse.GetValue(style)!, parse.GetValue(width));
            var scenario = options.Scenario(parse);
            RealFileArguments.RefuseFolders(parse.GetValue(options.Real), "--real");
            var reals = RealInputs.Read(parse.GetValue(options.Real));
            int replications = options.ReplicationCount(parse);
            string destination = parse.GetValue(outDir)!.FullName;
            if (File.Exists(destination))
            {
                throw new InputException("--out", $"{destination} is a file; give a folder");
            }

            string? policyText = parse.GetValue(options.Policy);
            // Without --pool every file is its own comparison; with it, one per policy and size.
            var groups = reals.Select((r, i) => (Run: r, Policy: RealInputs.Policy(r, policyText, scenario.Registry), Index: i))
                .GroupBy(x => parse.GetValue(pool) ? $"{x.Policy.Name}|{x.Run.Records.Count}" : x.Index.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
            var results = groups.Select(g => Validator.Compare(scenario, [.. g.Select(x => x.Run)], g.First().Policy, replications, tolerances)).ToArray();
            int figures = 0;
            OutputFolder.Write(destination, folder =>
            {
                File.WriteAllText(folder.File("validation.csv"), ValidationReport.Csv(results.SelectMany(r => r.Rows)), RunOutputs.Utf8);
                figures = ValidationReport.Figures(folder.Figures, results, formats, figureStyle).Count(f => !f.EndsWith(".csv", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal));
                // Every output folder says how it was made: the scenario as resolved (with --set and --overlay), its seed, the command.
                RunRecord.Write(folder.Staging, RunRecord.Command(parse), [scenario with { Replications = replications }]);
                return figures;
            });

            int nameWidth = Math.Max("file".Length, results.Max(r => r.Real.Name.Length)), policyWidth = Math.Max("policy".Length, results.Max(r => r.Policy.Name.Length));
            // One header says which value is real and that the simulated one is the mean over the replications (startup = worker_start - host_job_create).
            stdout.WriteLine($"{"file".PadRight(nameWidth)}  {"policy".PadRight(policyWidth)}  p50 s real / sim mean   p95 s real / sim mean   KS");
            foreach (var result in results)
            {
                stdout.WriteLine(Line(result, nameWidth, policyWidth));
            }

            var failed = results.SelectMany(r => r.Rows).Where(r => !r.Passes).ToArray();
            foreach (var f in failed)
            {
                stdout.WriteLine(f.IsDistance
                    ? string.Create(CultureInfo.InvariantCulture, $"FAIL {f.File} {f.Metric}: distance {f.SimulatedMean:0.###} > {f.Tolerance:0.###}")
                    : string.Create(CultureInfo.InvariantCulture, $"FAIL {f.File} {f.Metric}: real {f.Real:0.###}, simulated {f.SimulatedMean:0.###}, error {f.CheckedError:0.###} > {f.Tolerance:0.###}"));
            }

            stdout.WriteLine($"wrote {destination}: validation.csv, run.yaml and {figures} figures with their data ({replications} replications per file)");
            return failed.Length == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
        });
        return command;
    }

    private static string Line(Validator.Result result, int nameWidth, int policyWidth)
    {
        double Get(string metric, bool real) => result.Rows.First(r => r.Metric == metric) is var row && real ? row.Real : row.SimulatedMean;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Real.Name.PadRight(nameWidth)}  {result.Policy.Name.PadRight(policyWidth)}  {Get("startup_p50_s", true),10:0.00} / {Get("startup_p50_s", false),-8:0.00}   {Get("startup_p95_s", true),10:0.00} / {Get("startup_p95_s", false),-8:0.00}   {Get(ValidationMetrics.KsStartup, false):0.000}");
    }
}
