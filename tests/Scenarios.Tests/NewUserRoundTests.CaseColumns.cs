using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>Issue 25 (hostile11 B1-B2, hostile12 N1-N3, hostile13): cases whose columns, names or run keys meet on disk or in the summaries.</summary>
public sealed partial class NewUserRoundTests
{
    public sealed class Cases_that_share_a_workers_column
    {
        [Theory]
        [InlineData("first", "48-functions", "")] // a case without the column named like the other's count: the stems still meet
        public void Keep_a_timeline_each_listed_once_under_distinct_names(string one, string two, string twoColumns)
        {
            using var folder = new TempFolder();
            string yaml = SmallScenarios.Sleep + $"\ncases:\n  - name: {one}\n    columns: {{workers: 48}}\n  - name: \"{two}\"\n{twoColumns}    workload: {{functions: 3}}\n";
            string file = folder.Write("s.yaml", yaml);

            var result = Shell.Run("run", file, "--out", folder["out"], "--policy", "classic");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var timelines = Directory.GetFiles(folder["out/figures"], "timeline*.svg").Select(Path.GetFileName).ToArray();
            Assert.Equal(2, timelines.Length);
            // Each case's own timeline: the two hold different function counts (6 and 3 rows in their CSVs).
            int[] rows = [.. timelines.Select(t => File.ReadAllLines(Path.Combine(folder["out/figures"], Path.ChangeExtension(t!, ".csv"))).Length - 1).Order()];
            Assert.Equal([3, 6], rows);
            var files = Listed(result.Stdout);
            Assert.Equal(files.Length, files.Distinct(StringComparer.Ordinal).Count());
        }
    }

    public sealed class Cases_whose_output_columns_are_equal
    {
        [Theory]
        [InlineData("  - name: small\n    columns: {workers: 48}\n  - name: big\n    columns: {workers: 48}\n", "cases[1].columns", "the case 'big' has the same output columns (workers=48) as the case 'small'")] // hostile11 B1's input: pooled as 2 replications (hostile12 N1)
        [InlineData("  - name: a\n    columns: {case: b}\n  - name: b\n", "cases[1].name", "the case 'b' has the same output columns (case=b) as the case 'a'")]
        [InlineData("  - name: a\n    columns: {workers: '48'}\n  - name: b\n    columns: {workers: '48 '}\n", "cases[1].columns", "the case 'b' has the same output columns (workers=48 ) as the case 'a'")] // summary-ci.csv trims (hostile13)
        [InlineData("  - name: a\n    columns: {w: 1}\n    policies: [classic, burst]\n  - name: b\n    columns: {w: 1}\n    policies: [burst]\n", "cases[1].columns", "the case 'b' has the same output columns (w=1) as the case 'a' and a policy in common")]
        public void Are_refused_naming_both_cases(string cases, string field, string message)
        {
            string stderr = Refused(SmallScenarios.Sleep + "\ncases:\n" + cases);
            Assert.StartsWith($"error: {field} (line ", stderr, StringComparison.Ordinal);
            Assert.Contains(message, stderr, StringComparison.Ordinal);
            Assert.Contains("give one of them a column value of its own", stderr, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("replications")]
        [InlineData("makespan_s_mean")]
        [InlineData("functions_ci95_high")]
        public void Named_like_a_summary_ci_column_are_refused(string column)
        {
            // hostile12 N2: summary-ci.csv wrote the header twice and a reader took the case's value for the count.
            string stderr = Refused(SmallScenarios.Sleep + $"\ncases:\n  - name: a\n    columns: {{{column}: 3}}\n");
            Assert.Contains($"'{column}' is already an output column", stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void A_case_named_like_another_cases_count_keeps_its_own_legend_entry()
        {
            // hostile12 N3: "first" (workers 48) was labelled "48 functions", as the case named so: one legend entry, two boxes.
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep + "\ncases:\n  - name: first\n    columns: {workers: 48}\n  - name: 48 functions\n");

            var result = Shell.Run("run", file, "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            string[] series = [.. File.ReadLines(folder["out/figures/startup-boxplot.csv"]).Skip(1).Select(l => l.Split(',')[1]).Distinct().Order(StringComparer.Ordinal)];
            Assert.Equal(["48 functions", "first"], series);
        }

        [Fact]
        public void Of_disjoint_policies_stay_apart_by_the_policy_column()
        {
            // hostile13: the first check refused paper-faas-startup, whose memory sizes are cases of equal columns.
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep + "\ncases:\n  - name: a\n    columns: {w: 1}\n    policies: [classic]\n  - name: b\n    columns: {w: 1}\n    policies: [burst]\n");

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(3, File.ReadAllLines(folder["out/summary-ci.csv"]).Length); // header, classic, burst
        }

        [Fact]
        public void A_column_name_with_a_space_at_an_end_is_refused()
        {
            // hostile13: "x " beside "x" was an internal error in CsvTable; alone it lost its value in summary-ci.csv.
            string stderr = Refused(SmallScenarios.Sleep + "\ncases:\n  - name: a\n    columns: {'x ': 1}\n");
            Assert.Contains("the column name 'x ' starts or ends with a space; write it without", stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void A_swept_replications_is_the_count_column_written_once()
        {
            // `--vary replications=N` (docs: a sweep of the scenario as written) wrote "replications,replications".
            using var folder = new TempFolder();
            var result = Shell.Run("sweep", "thesis-sleep-120", "--vary", "replications=2", "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            string[] header = File.ReadLines(folder["out/summary-ci.csv"]).First().Split(',');
            Assert.Single(header, c => c == "replications");
            Assert.All(File.ReadLines(folder["out/summary-ci.csv"]).Skip(1), row => Assert.Equal("2", row.Split(',')[Array.IndexOf(header, "replications")]));
        }
    }

    public sealed class A_case_named_like_another_cases_second_burst
    {
        [Fact]
        public void Keeps_its_own_key_in_burst_info()
        {
            // hostile11 B2: case "a" launches two bursts ("0/a/job0", "0/a/job1") and a case named "a/job1" one: the keys met.
            using var folder = new TempFolder();
            string yaml = """
                name: t
                seed: 1
                cluster: {count: 4, cpus: 32}
                workload: {type: arrivals, process: fixed-interval, interval_s: 1, jobs: 2, tenants: [{name: t1, functions: 4, cpu_s: 1}]}
                policies: [burst]
                cases:
                  - name: a
                  - name: a/job1
                    workload: {jobs: 1, tenants: [{name: t1, functions: 8, cpu_s: 1}]}
                """;
            string file = folder.Write("s.yaml", yaml);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(folder["out/burst_info.json"]));
            string[] keys = [.. json.RootElement.EnumerateObject().SelectMany(policy => policy.Value.EnumerateObject().Select(run => run.Name))];
            Assert.Equal(["0/a/job0", "0/a/job1", "0/a%2Fjob1"], keys);
        }
    }
}
