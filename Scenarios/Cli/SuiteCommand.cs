using System.CommandLine;
using System.Globalization;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Outputs;
using Burstsim.Scenarios.Validation.Suite;

namespace Burstsim.Scenarios.Cli;

/// <summary>
/// <c>burstsim validate --suite [FILE] --out DIR [--data DIR] [--docs FILE] [--quick] [--replications R]</c>: every
/// public experiment of the suite (built-in: Scenarios/catalogue/validation/suite.yaml) simulated and set against its real
/// values; writes suite.csv, suite.md, real-values.csv and run.yaml; exit 1 when a metric misses with no documented reason.
/// </summary>
internal sealed class SuiteCommand
{
    /// <summary>Replications of the quick form (CI).</summary>
    public const int QuickReplications = 3;

    public Option<string?> Suite { get; } = new("--suite")
    {
        Description = "Run the validation suite: every public experiment (the built-in Scenarios/catalogue/validation/suite.yaml, or FILE) against its real values; writes suite.csv, suite.md and real-values.csv.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<DirectoryInfo?> Data { get; } = new("--data")
    {
        Description = "With --suite: a checkout of Burst-Computing/burst-validation-results; the real values are read from its files (default: the values checked in as Scenarios/catalogue/validation/real-values.csv).",
    };

    public Option<FileInfo?> Docs { get; } = new("--docs")
    {
        Description = "With --suite: a Markdown file (docs/validation.md) whose validation-suite block is replaced by the table.",
    };

    public Option<bool> Quick { get; } = new("--quick")
    {
        Description = $"With --suite: {QuickReplications} replications per row (CI's quick form) unless --replications says otherwise.",
    };

    public void AddTo(Command command)
    {
        command.Add(Suite);
        command.Add(Data);
        command.Add(Docs);
        command.Add(Quick);
    }

    /// <summary>True when --suite was given (with or without a file).</summary>
    public bool Requested(ParseResult parse) => parse.GetResult(Suite) is not null;

    /// <summary>Runs the suite; returns the exit code.</summary>
    public int Run(ParseResult parse, int? replicationsOption, string destination, TextWriter stdout)
    {
        string? file = parse.GetValue(Suite);
        var suite = file is null ? SuiteReader.BuiltIn() : SuiteReader.ReadFile(file);
        string? data = parse.GetValue(Data)?.FullName;
        if (data is not null && !Directory.Exists(data))
        {
            throw new InputException("--data", $"{(File.Exists(data) ? $"{data} is a file, not a folder" : $"no such folder: {data}")}; give the root of a Burst-Computing/burst-validation-results checkout");
        }

        // Without the data, the suite's own published numbers first, then the checked-in snapshot of the files' values.
        var keys = suite.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<RealValue> reals = data is null
            ? [.. RealValueReader.Published(suite), .. RealValueTable.BuiltIn().Where(v => keys.Contains(v.Key))]
            : RealValueReader.Read(suite, data);
        int replications = replicationsOption ?? (parse.GetValue(Quick) ? QuickReplications : 10);
        string? docs = parse.GetValue(Docs)?.FullName;
        if (docs is not null && !File.Exists(docs))
        {
            throw new InputException("--docs", Loading.FileInput.Missing(docs));
        }

        if (docs is not null && Loading.FileInput.Special(docs, "--docs is a Markdown file that is read and rewritten", readsOnce: false) is { } special)
        {
            throw new InputException("--docs", special);
        }

        var comparisons = SuiteRunner.Run(suite, reals, replications, row => stdout.WriteLine($"simulating {row.Experiment} ({row.Policy}): {row.Scenario}{(row.Case is null ? string.Empty : "/" + row.Case)}"));
        string markdown = SuiteReport.Markdown(suite, comparisons, replications);
        string? newDocs = docs is null ? null : SuiteReport.ReplaceBlock(File.ReadAllText(docs), markdown, docs);
        OutputFolder.Write(destination, folder =>
        {
            File.WriteAllText(folder.File("suite.csv"), SuiteReport.Csv(comparisons), RunOutputs.Utf8);
            File.WriteAllText(folder.File("suite.md"), markdown, RunOutputs.Utf8);
            File.WriteAllText(folder.File("real-values.csv"), RealValueTable.Csv(reals.DistinctBy(v => (v.Key, v.Metric))), RunOutputs.Utf8);
            // Every output folder says how it was made; the suite's scenarios are catalogue entries, named in suite.csv.
            RunRecord.Write(folder.Staging, RunRecord.Command(parse),
            [
                ("suite", file is null ? "built-in (Scenarios/catalogue/validation/suite.yaml)" : Path.GetFullPath(file)),
                ("real_values", data ?? "checked in (Scenarios/catalogue/validation/real-values.csv) and the suite's published numbers"),
                ("replications", replications.ToString(CultureInfo.InvariantCulture)),
            ]);
            return 0;
        });
        if (newDocs is not null)
        {
            File.WriteAllText(docs!, newDocs, RunOutputs.Utf8);
        }

        foreach (var c in comparisons.Where(c => c.Verdict == SuiteVerdict.Fail))
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL {c.Row.Experiment} ({c.Row.Policy}) {c.Metric}: real {c.Real!.Mean:0.###}, simulated {c.Simulated.Mean:0.###}, error {c.RelativeError:+0.###;-0.###} beyond ±{c.Tolerance:0.##} and not a documented miss"));
        }

        foreach (var c in comparisons.Where(c => c.Verdict == SuiteVerdict.Pass && c.Row.Misses.ContainsKey(c.Metric)))
        {
            stdout.WriteLine($"note: {c.Row.Experiment} ({c.Row.Policy}) {c.Metric} now passes; its documented miss can go from the suite");
        }

        int counted(SuiteVerdict v) => comparisons.Count(c => c.Verdict == v);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {destination}: suite.csv, suite.md, real-values.csv, run.yaml ({comparisons.Count} comparisons, {replications} replications: {counted(SuiteVerdict.Pass)} pass, {counted(SuiteVerdict.DocumentedMiss)} documented misses, {counted(SuiteVerdict.Fail)} failed, {counted(SuiteVerdict.NoReal)} without real value){(newDocs is null ? string.Empty : "; updated " + docs)}"));
        return counted(SuiteVerdict.Fail) == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }
}
