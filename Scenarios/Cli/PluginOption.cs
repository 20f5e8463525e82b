using System.CommandLine;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Cli;

/// <summary>The --plugin option of run, sweep, check, validate, calibrate and policies: policy plug-in assemblies to load.</summary>
internal static class PluginOption
{
    public static Option<string[]> Create() => new("--plugin")
    {
        Description = "A policy plug-in: a .dll built against the Burstsim.Simulator library (docs/extending.md). Its policies become nameable in --policy and the scenario. Repeatable; adds to the scenario's plugins:.",
    };

    /// <summary>One override per --plugin file, as a full path (relative to the current folder).</summary>
    public static IEnumerable<Override> Overrides(ParseResult parse, Option<string[]> option) =>
        (parse.GetValue(option) ?? []).Select(p => string.IsNullOrWhiteSpace(p)
            ? throw new InputException("--plugin", "is empty; give the path of a plug-in .dll")
            : new Override(ScenarioLoader.PluginPath, Path.GetFullPath(p), "--plugin"));
}
