using System.Text.RegularExpressions;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Outputs;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Every console table of <c>run</c> and <c>sweep</c> at <c>COLUMNS=80</c> and 60: no line wider than the console, no
/// trailing blanks, every policy name and sweep label whole on one line (the review found "classi/c", "burst:g/=2" and
/// a 7-character sweep column of "docker_/paralle/l_runs=/5").
/// </summary>
public sealed class TableWidthTests
{
    public static TheoryData<string, int> Commands()
    {
        var data = new TheoryData<string, int>();
        foreach (int width in new[] { 80, 60 })
        {
            data.Add("run thesis-sleep-120 --no-figures", width);
            data.Add("run paper-startup --no-figures --replications 1", width);
            data.Add("sweep paper-startup --vary platform.invoker.docker_parallel_runs=5,10,20 --replications 1", width);
            data.Add("sweep thesis-sleep-120 --vary platform.invoker.docker_parallel_runs=1,5,10 --vary platform.invoker.docker_run_serial_s=0.05,0.155 --replications 1", width);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Fit_the_console_width_without_splitting_a_name(string command, int width)
    {
        using var folder = new TempFolder();

        var result = RunAt(width, [.. command.Split(' '), "--out", folder["out"]]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var lines = result.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        // The output folder's path is the user's and may be longer than the console: only its own line may be.
        Assert.All(lines.Where(l => !l.Contains(folder["out"], StringComparison.Ordinal)), l => Assert.True(l.Length <= width, $"{l.Length} > {width}: '{l}'"));
        Assert.All(lines, l => Assert.False(l.EndsWith(' '), $"trailing blank: '{l}'"));

        // Each summary row (one replication) is one line in the summary table and one in the cost table, its policy whole.
        var summary = File.ReadAllLines(folder["out/summary.csv"]);
        int policy = Array.IndexOf(summary[0].Split(','), "policy");
        foreach (var rows in summary.Skip(1).GroupBy(l => l.Split(',')[policy], StringComparer.Ordinal))
        {
            var whole = new Regex($@"(^|\s){Regex.Escape(rows.Key)}(\s|$)");
            Assert.Equal(2 * rows.Count(), lines.Count(l => whole.IsMatch(l)));
        }

        // Every varied value is named whole ("dpr=5" as a heading or in the sweep column), and the legend names its path.
        foreach (var vary in Regex.Matches(command, @"--vary ([\w.]+)=([\w.,]+)").Cast<Match>())
        {
            string path = vary.Groups[1].Value;
            string name = string.Concat(path.Split('.')[^1].Split('_').Select(w => w[0]));
            Assert.Contains($"sweep: {name} = {path}", lines);
            foreach (string value in vary.Groups[2].Value.Split(','))
            {
                Assert.Contains(lines, l => Regex.IsMatch(l, $@"(^|\s){Regex.Escape(name)}={Regex.Escape(value)}(,|:|\s|$)"));
            }
        }
    }

    /// <summary>Two cases of a long-named scenario, two policies, the gate failing on some metrics (the widest verdict).</summary>
    private const string LongNamedScenario = """
        name: a-sleep-scenario-with-a-rather-long-name
        seed: 7
        cluster:
          invokers:
            - cpus: 4
            - cpus: 4
        workload: {type: sleep, functions: 6, seconds: 1}
        cases:
          - name: six-sleeping-functions
            workload: {functions: 6}
          - name: three-sleeping-functions
            workload: {functions: 3}
        policies: [classic, "burst:g=2"]
        """;

    // 80 and 120 columns: the grouped layouts. The narrowest (a metric column and five numbers) needs 72 columns.
    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void The_gate_table_fits_the_console_width_and_names_every_run_whole(int width)
    {
        using var folder = new TempFolder();
        folder.Write("long.yaml", LongNamedScenario);
        var recorded = Shell.Run("check", "--baseline", folder["baselines"], "--scenario", folder["long.yaml"], "--update", "--replications", "2");
        Assert.True(recorded.ExitCode == ExitCodes.Ok, recorded.ToString());

        // docker run's serial part 50% slower: startups regress, so REGRESSED (the widest verdict) is in the table.
        var result = RunAt(width, "check", "--baseline", folder["baselines"], "--set", "platform.invoker.docker_run_serial_s=0.2325");

        Assert.True(result.ExitCode == ExitCodes.CheckFailed, result.ToString());
        var lines = result.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.All(lines.Where(l => !l.Contains(folder.Path, StringComparison.Ordinal)), l => Assert.True(l.Length <= width, $"{l.Length} > {width}: '{l}'"));
        Assert.All(lines, l => Assert.False(l.EndsWith(' '), $"trailing blank: '{l}'"));
        Assert.Contains(lines, l => l.Contains("REGRESSED", StringComparison.Ordinal));
        // Each run's 8 metrics are rows under its names: the case and policy whole, in a heading or a cell.
        foreach (string run in new[] { "six-sleeping-functions", "three-sleeping-functions" })
        {
            Assert.Contains(lines, l => Regex.IsMatch(l, $@"(^|\s){run}(,|:|\s|$)"));
        }

        foreach (string policy in new[] { "classic", "burst:g=2" })
        {
            Assert.Contains(lines, l => Regex.IsMatch(l, $@"(^|\s){Regex.Escape(policy)}(:|\s|$)"));
        }

        Assert.Equal(4, lines.Count(l => Regex.IsMatch(l, @"(^|\s)startup_p50_s\s")));
        Assert.Equal(4 * 8, lines.Count(l => !l.StartsWith("checked", StringComparison.Ordinal) && Regex.IsMatch(l, @"\s(ok|REGRESSED|improved)( \|)?$")));
    }

    [Fact]
    public void Are_the_wide_ascii_boxes_when_captured_without_COLUMNS()
    {
        using var folder = new TempFolder();

        var result = RunAt(null, "run", "thesis-sleep-120", "--no-figures", "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("| policy  | fns | span s |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("| cost USD |", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("busy CPU-s and util are 0: the functions sleep", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Abbreviate_a_field_by_the_initials_of_its_words_and_keep_a_one_word_name()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", SmallScenarios.Sleep);

        var result = RunAt(80, "sweep", file, "--out", folder["out"], "--vary", "workload.functions=3,5", "--vary", "platform.invoker.docker_parallel_runs=1,10");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("sweep: dpr = platform.invoker.docker_parallel_runs", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("sweep: functions = workload.functions", result.Stdout, StringComparison.Ordinal); // one word: not abbreviated
        Assert.Contains("functions=3, dpr=10", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b c", 3, "", new[] { "a b", "c" })]
    [InlineData("one two three", 7, "  ", new[] { "one two", "  three" })]
    [InlineData("averyveryverylongword x", 5, "", new[] { "averyveryverylongword", "x" })]
    public void Wrap_words_to_the_width(string text, int width, string indent, string[] expected) =>
        Assert.Equal(expected, ConsoleTables.Wrap(text, width, indent));

    private static CliResult RunAt(int? width, params string[] args)
    {
        ConsoleWidth.Use(width);
        try
        {
            return Shell.Run(args);
        }
        finally
        {
            ConsoleWidth.Use(null);
        }
    }
}
