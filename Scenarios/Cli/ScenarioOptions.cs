using System.CommandLine;
using System.Globalization;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Cli;

/// <summary>The options <c>run</c> and <c>sweep</c> share: which scenario, where to, and what to override.</summary>
internal sealed class ScenarioOptions
{
    public Argument<string> Scenario { get; } = new("scenario") { Description = "A catalogue name ('burstsim list') or a path to a scenario .yaml file." };

    public Option<DirectoryInfo> Out { get; } = new("--out") { Description = "Output folder (created; files inside are replaced).", Required = true };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Base seed; replication r uses seed + r. Overrides the scenario's seed." };

    public Option<string[]> Policies { get; } = new("--policy")
    {
        Description = "Policies to compare, replacing the scenario's: classic, classic:round-robin, burst, burst:g=6, burst:join, faasbatch, faasbatch:interval=0.05, cloud:aws-lambda, cloud:gcp-functions. Repeatable.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Plugins { get; } = PluginOption.Create();

    public Option<int?> Replications { get; } = new("--replications") { Description = "Replications per case and policy (seeds seed .. seed + R - 1)." };

    public Option<int?> Threads { get; } = new("--threads") { Description = "Runs in parallel (default: all cores). Outputs are identical for any value." };

    public Option<string[]> Sets { get; } = new("--set") { Description = "Override a scenario value: path=value, e.g. platform.invoker.docker_parallel_runs=20 or cluster.invokers[2].cpus=12. Repeatable; wins over the file." };

    public Option<string[]> Overlays { get; } = new("--overlay") { Description = "A YAML file of scenario values (as 'burstsim calibrate' writes) applied before --set. Repeatable." };

    /// <summary>run skips its figures; sweep writes none and accepts the option so run's command lines work for it too.</summary>
    public Option<bool> NoFigures { get; } = new("--no-figures") { Description = "Skip figures/timeline.svg and figures/startup-boxplot.svg (sweep writes no figures)." };

    public void AddTo(Command command)
    {
        command.Add(Overlays);
        command.Add(Scenario);
        command.Add(Out);
        command.Add(Seed);
        command.Add(Policies);
        command.Add(Plugins);
        command.Add(Replications);
        command.Add(Threads);
        command.Add(Sets);
        command.Add(NoFigures);
    }

    /// <summary>The overrides in precedence order: the file, then each --set, then the dedicated options.</summary>
    public List<Override> Overrides(ParseResult parse)
    {
        var overrides = (parse.GetValue(Overlays) ?? []).SelectMany(Burstsim.Scenarios.Validation.Overlay.Read).ToList();
        overrides.AddRange(PluginOption.Overrides(parse, Plugins));
        overrides.AddRange((parse.GetValue(Sets) ?? []).Select(s => Override.Parse(s, "--set")));
        if (parse.GetValue(Seed) is { } seed)
        {
            overrides.Add(new Override("seed", seed.ToString(CultureInfo.InvariantCulture), "--seed"));
        }

        if (parse.GetValue(Replications) is { } replications)
        {
            overrides.Add(new Override("replications", replications.ToString(CultureInfo.InvariantCulture), "--replications"));
        }

        if (parse.GetValue(Policies) is { Length: > 0 } policies)
        {
            // Quoted, so that a policy with a comma (burst:g=6,join) stays one item of the YAML list.
            string list = "[" + string.Join(", ", policies.Select(p => "'" + p.Replace("'", "''", StringComparison.Ordinal) + "'")) + "]";
            overrides.Add(new Override("policies", list, "--policy"));
        }

        return overrides;
    }

    public int ThreadCount(ParseResult parse)
    {
        int? threads = parse.GetValue(Threads);
        return threads switch
        {
            null => Environment.ProcessorCount,
            >= 1 => threads.Value,
            _ => throw new InputException("--threads", $"must be at least 1, got {threads}"),
        };
    }

    /// <summary>The output folder, refused when it names an existing file.</summary>
    public string OutputPath(ParseResult parse)
    {
        string path = parse.GetValue(Out)!.FullName;
        return File.Exists(path) ? throw new InputException("--out", $"{path} is a file; give a folder") : path;
    }
}
