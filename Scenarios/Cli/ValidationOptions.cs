using System.CommandLine;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Cli;

/// <summary>The options validate and calibrate share: the real files, the scenario that should match them, and how to simulate it.</summary>
internal sealed class ValidationOptions
{
    public Option<string[]> Real { get; } = new("--real") { Description = "A real run's Lithops statistics CSV. Repeatable; several files per option allowed.", AllowMultipleArgumentsPerToken = true };

    /// <param name="scenarioRequired">Whether the command needs --scenario always (calibrate) or only without --suite (validate).</param>
    public ValidationOptions(bool scenarioRequired = true)
    {
        ScenarioName = new("--scenario") { Description = "The scenario to simulate (catalogue name or .yaml); its case with the file's number of functions, or its single sleep workload resized.", Required = scenarioRequired };
    }

    public Option<string> ScenarioName { get; }

    public Option<string> Policy { get; } = new("--policy") { Description = "The policy the real runs used (classic, burst:g=6, ...). Default: from the file name, granN.csv (1 = classic)." };

    public Option<int?> Replications { get; } = new("--replications") { Description = "Simulated replications per file (seeds seed .. seed + R - 1). Default 10." };

    public Option<string[]> Sets { get; } = new("--set") { Description = "Override a scenario value, path=value. Repeatable." };

    public Option<string[]> Overlays { get; } = new("--overlay") { Description = "A YAML file of scenario values applied before --set. Repeatable." };

    public Option<string[]> Plugins { get; } = PluginOption.Create();

    public void AddTo(Command command)
    {
        command.Add(Plugins);
        command.Add(Real);
        command.Add(ScenarioName);
        command.Add(Policy);
        command.Add(Replications);
        command.Add(Sets);
        command.Add(Overlays);
    }

    public List<Override> Overrides(ParseResult parse)
    {
        var overrides = (parse.GetValue(Overlays) ?? []).SelectMany(Validation.Overlay.Read).ToList();
        overrides.AddRange((parse.GetValue(Sets) ?? []).Select(s => Override.Parse(s, "--set")));
        overrides.AddRange(PluginOption.Overrides(parse, Plugins));
        return overrides;
    }

    /// <summary>The scenario with --overlay and --set applied.</summary>
    /// <exception cref="InputException">Bad input, or a seed too large for --replications (seeds seed .. seed + R - 1 must fit in 64 bits).</exception>
    public Scenario Scenario(ParseResult parse, IEnumerable<Override>? more = null)
    {
        string name = parse.GetValue(ScenarioName) ?? throw new InputException("--scenario", "give the scenario to simulate (a catalogue name or .yaml), or --suite for the validation suite");
        var scenario = ScenarioLoader.Load(name, [.. Overrides(parse), .. more ?? []]);
        return SeedRange.Problem(scenario.Seed, ReplicationCount(parse)) is { } problem ? throw new InputException("--replications", problem) : scenario;
    }

    public int ReplicationCount(ParseResult parse) => parse.GetValue(Replications) switch
    {
        null => 10,
        >= 1 and <= 10_000 and var r => r,
        var r => throw new InputException("--replications", $"must be between 1 and 10000, got {r}"),
    };
}
