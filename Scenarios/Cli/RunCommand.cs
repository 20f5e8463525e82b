using System.CommandLine;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Cli;

/// <summary><c>burstsim run SCENARIO --out DIR</c>: every case x policy x replication, written as activations.csv, summary.csv, burst_info.json and figures.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new ScenarioOptions();
        var command = new Command("run", "Run a scenario: every case under every policy and replication, side by side on identical workload draws.");
        options.AddTo(command);
        var format = new Option<string>("--format")
        {
            Description = "activations file: csv (activations.csv, the default) or parquet (activations.parquet: the same columns, typed).",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "parquet");
        command.Add(format);
        command.SetAction(parse =>
        {
            var scenario = ScenarioLoader.Load(parse.GetValue(options.Scenario)!, options.Overrides(parse));
            int threads = options.ThreadCount(parse);
            string outDir = options.OutputPath(parse);
            var activations = parse.GetValue(format) == "parquet" ? ActivationFormat.Parquet : ActivationFormat.Csv;
            return ScenarioExecution.Execute([scenario], outDir, threads, !parse.GetValue(options.NoFigures), shard: null, stdout, stderr, activations);
        });
        return command;
    }
}
