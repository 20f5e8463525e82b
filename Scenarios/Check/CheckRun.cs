using System.Globalization;
using Burstsim.Results.Regression;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Outputs;

namespace Burstsim.Scenarios.Check;

/// <summary>The two things <c>burstsim check</c> does once its options are valid: check baselines, or record them.</summary>
internal sealed class CheckRun(TextWriter stdout, TextWriter stderr, bool interactive, bool allowImprovements)
{
    /// <summary>One line per changed metric up to this many per scenario: a model change can move hundreds, and the table lists them all.</summary>
    private const int MessagesPerScenario = 8;

    private bool ImprovementsFail => !allowImprovements;

    public int Check(IReadOnlyList<GateEntry> entries, IReadOnlyList<Override> sets, int threads, string? junitPath)
    {
        // A changed scenario cannot be judged against numbers recorded from other text: refuse before running anything.
        var stale = entries.Where(e => e.Recorded!.ScenarioSha256 != e.CurrentHash).ToArray();
        foreach (var entry in stale)
        {
            var error = new InputException(
                "scenario_sha256",
                $"scenario '{entry.Reference}' ({entry.Source.Origin}) changed since this baseline was recorded (sha256 {entry.Recorded!.ScenarioSha256[..12]}... then, {entry.CurrentHash[..12]}... now). "
                + $"Scenario changed, not a regression: review the change, then run `burstsim check --baseline {entry.DisplayPath} --update`",
                entry.Recorded.Lines.GetValueOrDefault("scenario_sha256"),
                entry.DisplayPath);
            stderr.WriteLine($"error: {error.Message}");
        }

        if (stale.Length > 0)
        {
            return ExitCodes.BadInput;
        }

        var scenarios = GateRunner.Load(entries, sets, replications: null);
        var measured = GateRunner.Run(entries, scenarios, threads, interactive, out string[] broken);
        if (broken.Length > 0)
        {
            return Broken(broken);
        }

        var comparisons = measured.Select(m => GateComparison.Of(m, m.Entry.Recorded!)).ToArray();
        var missing = comparisons.SelectMany(c => c.Missing).ToArray();
        foreach (string problem in missing)
        {
            stderr.WriteLine($"error: {problem}");
        }

        if (missing.Length > 0)
        {
            return ExitCodes.BadInput;
        }

        // Only a different release is worth a line: the commit part changes with every commit.
        foreach (var entry in entries.Where(e => ToolVersion.Release(e.Recorded!.ToolVersion) != ToolVersion.Release(ToolVersion.Current)))
        {
            Say($"note: {entry.DisplayPath} was recorded with burstsim {entry.Recorded!.ToolVersion}; this is {ToolVersion.Current}");
        }

        var checks = comparisons.SelectMany(c => c.Checks).ToArray();
        CheckTable.Print(stdout, interactive, checks, ImprovementsFail);
        foreach (string note in comparisons.SelectMany(c => c.Unrecorded))
        {
            Say($"note: {note}");
        }

        if (sets.Count > 0)
        {
            Say($"note: checked with {string.Join(", ", sets.Select(s => $"{s.Path}={s.Value}"))} applied to every scenario");
        }

        if (junitPath is not null)
        {
            OutputFile.Write("--junit", junitPath, writer =>
            {
                JUnitReport.Write(writer, checks, ImprovementsFail);
                writer.WriteLine();
            });
        }

        int regressed = checks.Count(c => c.Verdict == Verdict.Regressed);
        int improved = checks.Count(c => c.Verdict == Verdict.Improved);
        // Per scenario, so that every scenario that moved is named even when one scenario moved hundreds of metrics.
        foreach (var scenario in checks.Where(c => c.Verdict != Verdict.Holds).GroupBy(c => c.Run.Scenario, StringComparer.Ordinal))
        {
            var changed = scenario.ToArray();
            foreach (var check in changed.Take(MessagesPerScenario))
            {
                bool fails = JUnitReport.Fails(check, ImprovementsFail);
                (fails ? stderr : stdout).WriteLine($"{(fails ? "gate" : "note (--allow-improvements)")}: {check.Message()}");
            }

            if (changed.Length > MessagesPerScenario)
            {
                string where = junitPath is null ? "the table above" : "the table above and the JUnit report";
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate: scenario {scenario.Key}: {changed.Length - MessagesPerScenario} more changed metrics, all in {where}"));
            }
        }

        int failing = checks.Count(c => JUnitReport.Fails(c, ImprovementsFail));
        Say(string.Create(
            CultureInfo.InvariantCulture,
            $"checked {entries.Count} baseline{(entries.Count == 1 ? "" : "s")}, {checks.Length} metrics: {checks.Length - regressed - improved} hold, {regressed} regressed, {improved} improved{(junitPath is null ? string.Empty : $"; wrote {GateEntry.DisplayName(junitPath)}")}"));
        if (failing > 0)
        {
            string failedScenarios = string.Join(", ", checks.Where(c => JUnitReport.Fails(c, ImprovementsFail)).Select(c => c.Run.Scenario).Distinct(StringComparer.Ordinal));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate failed: {failing} metrics beyond tolerance in {failedScenarios}; if the change is intended, run `burstsim check --baseline ... --update` and commit the new baselines"));
        }

        return failing == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }

    public int Record(IReadOnlyList<GateEntry> entries, int? replications, int threads, IReadOnlyList<Override> plugins)
    {
        // Every baseline must be writable before the runs that fill them start.
        foreach (var entry in entries)
        {
            OutputFile.Check("--baseline", entry.Path, updatesInput: true);
        }

        var scenarios = GateRunner.Load(entries, plugins, replications);
        var measured = GateRunner.Run(entries, scenarios, threads, interactive, out string[] broken);
        if (broken.Length > 0)
        {
            return Broken(broken);
        }

        foreach (var m in measured)
        {
            var old = m.Entry.Recorded;
            var baseline = new Baseline
            {
                Scenario = m.Entry.Reference,
                ScenarioSha256 = m.Entry.CurrentHash,
                ToolVersion = ToolVersion.Current,
                Seed = m.Scenario.Seed,
                Replications = m.Scenario.Replications,
                Tolerances = old?.Tolerances ?? ToleranceSet.Standard,
                Metrics = old?.Metrics ?? GateMetric.All,
                Runs = m.Runs,
            };
            OutputFile.Write("--baseline", m.Entry.Path, writer => writer.Write(BaselineWriter.ToText(baseline)), updatesInput: true);
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"recorded {m.Entry.DisplayPath}: {m.Scenario.Name}, {m.Runs.Count} case x policy runs x {baseline.Metrics.Count} metrics, seed {baseline.Seed}, {baseline.Replications} replications"));
        }

        return ExitCodes.Ok;
    }

    // A line of the report on stdout, word-wrapped to the console's width as the table is (continuations indented).
    private void Say(string line)
    {
        foreach (string part in ConsoleTables.Wrap(line, ConsoleWidth.Resolve(interactive, 200), "  "))
        {
            stdout.WriteLine(part);
        }
    }

    private int Broken(IReadOnlyList<string> failed)
    {
        foreach (string check in failed)
        {
            stderr.WriteLine($"check failed: {check}");
        }

        stderr.WriteLine("gate failed: the model broke its own invariants; nothing was compared or recorded");
        return ExitCodes.CheckFailed;
    }
}
