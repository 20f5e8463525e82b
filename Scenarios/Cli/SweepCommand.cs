using System.CommandLine;
using Burstsim.Scenarios.Outputs;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim sweep SCENARIO --vary path=v1,v2 [--vary ...] --out DIR [--shard i/n]</c>: the cross product of
/// the varied values, each a full scenario run; summary rows carry the varied values; summary-ci.csv holds
/// means and 95% intervals across replications.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new ScenarioOptions();
        var vary = new Option<string[]>("--vary") { Description = "path=v1,v2,...: a field and its values (YAML, as for --set). Repeatable: the cross product runs.", Required = true };
        var shard = new Option<string?>("--shard") { Description = "i/n: run only the i-th (0-based) of n disjoint slices; join the folders with 'burstsim merge'." };
        var command = new Command("sweep", "Run a scenario over the cross product of varied values, with replications and confidence intervals.");
        options.AddTo(command);
        command.Add(vary);
        command.Add(shard);
        command.SetAction(parse =>
        {
            var source = ScenarioLoader.Find(parse.GetValue(options.Scenario)!);
            var baseOverrides = options.Overrides(parse);
            var specs = (parse.GetValue(vary) ?? []).Select(VarySpec.Parse).ToArray();
            var shardSpec = parse.GetValue(shard) is { } text ? ShardSpec.Parse(text) : null;
            int threads = options.ThreadCount(parse);
            string outDir = options.OutputPath(parse);

            // The size first: a cross product of a thousand values by a thousand is a million variants to hold.
            var combinations = VarySpec.Combinations(specs);
            var firstVariant = ScenarioLoader.Load(source, [.. baseOverrides, .. combinations.First()]);
            long variantCount = SweepSize.Variants(specs);
            long runsPerVariant = (long)firstVariant.Cases.Count * firstVariant.Policies.Count * firstVariant.Replications;
            int shards = shardSpec?.Count ?? 1;
            SweepSize.Check(variantCount, runsPerVariant, shards);
            if (variantCount >= SweepSize.LongPlan)
            {
                // Loading and validating this many variants takes from seconds to minutes with nothing else shown.
                stderr.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sweep: loading and checking {variantCount:N0} variants before the first run (about {SweepSize.Bytes(variantCount, runsPerVariant, shards) / 1e9:0.0} GB of memory; Ctrl-C stops it)"));
            }

            // Every variant is loaded and validated before anything runs or is written.
            var variants = new List<Scenario>();
            foreach (var combination in combinations)
            {
                Interruption.ThrowIfRequested();
                var scenario = ScenarioLoader.Load(source, [.. baseOverrides, .. combination]);
                variants.Add(scenario with { Columns = [.. combination.Select(o => new KeyValuePair<string, string>(o.Path, o.Value.Trim()))] });
            }

            return ScenarioExecution.Execute(variants, outDir, threads, [], shardSpec, stdout, stderr, RunRecord.Command(parse));
        });
        return command;
    }
}
