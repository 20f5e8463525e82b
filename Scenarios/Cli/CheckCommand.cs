using System.CommandLine;
using System.Globalization;
using Burstsim.Results.Regression;
using Burstsim.Scenarios.Check;
using Burstsim.Scenarios.Loading;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim check --baseline FILE|DIR [--scenario NAME] [--junit FILE] [--update]</c>: the regression gate.
/// Reruns each baseline's scenario with its seed and replications, compares every metric of every
/// case x policy with its tolerance and prints metric / baseline / now / delta / verdict.
/// Exit 0 all hold; 1 a metric regressed, or improved beyond tolerance (unless --allow-improvements),
/// or a model invariant broke; 2 bad input: an unreadable baseline (field and line named), or a
/// scenario whose text changed since the baseline was recorded (not a regression: record it again).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var baseline = new Option<string>("--baseline") { Description = "A baseline .yaml file, or a folder of them (every *.yaml inside).", Required = true };
        var scenarios = new Option<string[]>("--scenario") { Description = "Check (or with --update record) only the baselines of these scenarios: catalogue name, scenario file or baseline file name. Repeatable.", AllowMultipleArgumentsPerToken = true };
        var junit = new Option<FileInfo?>("--junit") { Description = "Also write a JUnit XML report: one test case per scenario x case x policy x metric." };
        var update = new Option<bool>("--update") { Description = "Record the baselines again from this model (deliberately: review the diff). Creates missing ones named by --scenario." };
        var allowImprovements = new Option<bool>("--allow-improvements") { Description = "Pass metrics that improved beyond tolerance (still reported). By default they fail: the baseline is stale." };
        var sets = new Option<string[]>("--set") { Description = "Override a scenario value for this check only: path=value, e.g. platform.invoker.init_s=0.45. Repeatable; not with --update." };
        var replications = new Option<int?>("--replications") { Description = "With --update: replications to record (default: the baseline's, or the scenario's for a new one)." };
        var plugins = PluginOption.Create();
        var threads = new Option<int?>("--threads") { Description = "Runs in parallel (default: all cores). Verdicts are identical for any value." };
        var command = new Command("check", "Regression gate: rerun the scenarios of a baseline and compare each metric with its tolerance (docs/ci-gate.md).")
        {
            baseline, scenarios, junit, update, allowImprovements, sets, replications, threads, plugins,
        };
        command.SetAction(parse =>
        {
            bool recording = parse.GetValue(update);
            var overrides = (parse.GetValue(sets) ?? []).Select(s => Override.Parse(s, "--set")).ToList();
            int? reps = parse.GetValue(replications);
            Refuse(recording, overrides.Count > 0, reps, parse.GetValue(junit) is not null);
            var pluginOverrides = PluginOption.Overrides(parse, plugins).ToList();
            overrides.AddRange(pluginOverrides);
            int threadCount = parse.GetValue(threads) switch
            {
                null => Environment.ProcessorCount,
                >= 1 and var t => t,
                var t => throw new InputException("--threads", $"must be at least 1, got {t}"),
            };

            // Output paths are checked before anything runs: a bad one must not cost a whole gate's runs.
            string? junitPath = parse.GetValue(junit) is { } j ? Execution.OutputFile.Check("--junit", j.FullName) : null;
            var entries = GateBaselines.Find(parse.GetValue(baseline)!, parse.GetValue(scenarios) ?? [], recording);
            var run = new CheckRun(stdout, stderr, Terminal.IsInteractive(stdout), parse.GetValue(allowImprovements));
            return recording
                ? run.Record(entries, reps, threadCount, pluginOverrides)
                : run.Check(entries, overrides, threadCount, junitPath);
        });
        return command;
    }

    private static void Refuse(bool recording, bool sets, int? replications, bool junit)
    {
        if (recording && sets)
        {
            throw new InputException("--set", "cannot be combined with --update: a baseline records the scenario as written; change the scenario file instead");
        }

        if (recording && junit)
        {
            throw new InputException("--junit", "reports a check; --update records baselines and checks nothing. Drop one of them");
        }

        if (replications is { } r && (!recording || r < 1))
        {
            throw new InputException("--replications", recording
                ? string.Create(CultureInfo.InvariantCulture, $"must be at least 1, got {r}")
                : "only with --update: a check reruns the replications its baseline recorded");
        }
    }
}
