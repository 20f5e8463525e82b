using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Scenarios.Validation.Suite;

namespace Burstsim.Scenarios.Tests.Validation;

/// <summary>validate --suite: the built-in suite, the public data's formats, the table and its verdicts.</summary>
public sealed class ValidationSuiteTests
{
    public sealed class The_built_in_suite
    {
        [Fact]
        public void Names_scenarios_cases_and_policies_that_exist()
        {
            foreach (var row in SuiteReader.BuiltIn().Rows)
            {
                var scenario = ScenarioLoader.Load(row.Scenario, []);
                Assert.True(row.Case is null ? scenario.Cases.Count == 1 : scenario.Cases.Any(c => c.Label == row.Case), $"{row.Experiment}: {row.Scenario}/{row.Case}");
                Assert.Equal(row.Policy, scenario.Registry.Parse(row.Policy).Name);
            }
        }

        [Fact]
        public void Has_a_checked_in_real_value_for_every_metric_it_compares()
        {
            var reals = RealValueTable.BuiltIn().Select(v => (v.Key, v.Metric)).ToHashSet();
            foreach (var row in SuiteReader.BuiltIn().Rows.Where(r => r.Real.Kind != SuiteRealKind.HeldBack))
            {
                Assert.All(row.Metrics, m => Assert.Contains((row.Key, m), reals));
            }
        }

        [Fact]
        public void Fits_only_to_the_calibration_runs_and_the_thesis_sleep_120_figures()
        {
            var fitted = SuiteReader.BuiltIn().Rows.Where(r => r.Role == SuiteRole.Fit).Select(r => r.Experiment).Distinct();
            Assert.Equal(["invocation 48", "invocation 96", "thesis sleep-120"], fitted);
        }

        [Fact]
        public void Covers_every_public_experiment_of_the_issue()
        {
            var experiments = SuiteReader.BuiltIn().Rows.Select(r => r.Experiment).ToHashSet();
            Assert.Superset(
                new HashSet<string> { "invocation 48", "invocation 96", "invocation 480", "thesis sleep-120", "thesis Monte Carlo", "TeraSort 100 GB", "broadcast 256 MiB", "gather 256 MiB", "all-to-all 4 MiB" },
                experiments);
        }
    }

    public sealed class Reading_the_public_data
    {
        [Fact]
        public void TeraSort_files_give_startups_from_submission_to_the_first_worker_step_and_the_end_to_end()
        {
            using var folder = new TempFolder();
            string burst = folder.Write("terasort-burst1.csv",
                "fn_id,host_submit,init_fn,post_download,pre_shuffle,post_shuffle,pre_upload,end_fn,finished\n" +
                "0,1000000,1004000,0,0,0,0,1090000,1095000\n" +
                "1,1000000,1003500,0,0,0,0,1089000,1095000\n");
            string classic = folder.Write("terasort-classic1.csv",
                "xx,fn_id,host_submit_map,init_fn_map,post_download_map,pre_upload_map,end_fn_map,yy,host_submit_reduce,init_fn_reduce,post_download_reduce,pre_upload_reduce,end_fn_reduce,finished\n" +
                "0,0.0,2000000.0,2012000.0,0,0,0,0.0,0,0,0,0,2140000.0,2150000.0\n");

            var (burstStartups, burstEnd) = TeraSortCsv.Read(burst);
            var (classicStartups, classicEnd) = TeraSortCsv.Read(classic);

            Assert.Equal([3.5, 4.0], burstStartups);
            Assert.Equal(90.0, burstEnd);
            Assert.Equal([12.0], classicStartups);
            Assert.Equal(140.0, classicEnd);
        }

        [Fact]
        public void Collective_files_give_each_run_s_mean_time_in_the_collective_for_one_size_and_granularity()
        {
            using var folder = new TempFolder();
            string file = folder.Write("gather-dragonfly.csv",
                "benchmark,backend,burst_id,burst_size,groups,granularity,chunking,chunk_size,payload_size,group_id,worker_id,throughput,start,end\n" +
                "Gather,DragonflyList,a,4,4,1,true,1048576,268435456,0,0,1,10.0,12.0\n" +
                "Gather,DragonflyList,a,4,4,1,true,1048576,268435456,1,1,1,10.0,14.0\n" +
                "Gather,DragonflyList,b,4,4,1,true,1048576,268435456,0,0,1,20.0,21.0\n" +
                "Gather,DragonflyList,c,4,1,4,true,1048576,268435456,0,0,1,20.0,99.0\n");

            Assert.Equal([3.0, 1.0], CollectiveCsv.MeanCommPerRun(file, 4, 1));
            Assert.Throws<Results.Csv.CsvDataException>(() => CollectiveCsv.MeanCommPerRun(file, 8, 1));
        }
    }

    public sealed class The_table
    {
        private static SuiteRow Row(IReadOnlyDictionary<string, string>? misses = null) => new(
            "x", SuiteRole.Validation, "thesis-sleep-120", null, "classic", new SuiteReal(SuiteRealKind.Published, [], "a text", new Dictionary<string, double> { ["makespan_s"] = 20 }),
            ["makespan_s"], misses ?? new Dictionary<string, string>());

        [Theory]
        [InlineData(22.0, false, "Pass")]
        [InlineData(30.0, false, "Fail")]
        [InlineData(30.0, true, "DocumentedMiss")]
        public void A_miss_fails_unless_the_suite_names_its_mechanism(double simulated, bool documented, string expected)
        {
            var verdict = Enum.Parse<SuiteVerdict>(expected);
            var row = Row(documented ? new Dictionary<string, string> { ["makespan_s"] = "a mechanism" } : null);
            var comparison = new SuiteComparison(row, "makespan_s", new RealValue(row.Key, "makespan_s", [20.0], "a text"), (simulated, simulated, simulated), 0, 0.2);

            Assert.Equal(verdict, comparison.Verdict);
        }

        [Fact]
        public void Replaces_only_the_block_between_its_markers()
        {
            string doc = $"# title\n\nbefore\n{SuiteReport.BeginMarker}\nold table\n{SuiteReport.EndMarker}\nafter\n";

            string updated = SuiteReport.ReplaceBlock(doc, "new table\n", "doc.md");

            Assert.Equal($"# title\n\nbefore\n{SuiteReport.BeginMarker}\nnew table\n{SuiteReport.EndMarker}\nafter\n", updated);
            Assert.Throws<InputException>(() => SuiteReport.ReplaceBlock("no markers", "t", "doc.md"));
        }

        [Fact]
        public void A_row_naming_an_unknown_metric_is_bad_input_with_its_line()
        {
            var e = Assert.Throws<InputException>(() => SuiteReader.Parse("data: x\nrows:\n  - {experiment: a, role: fit, scenario: thesis-sleep-120, policy: classic, real: {held_back: why}, metrics: [startup_p51_s]}\n", "s.yaml"));
            Assert.Contains("startup_p51_s", e.Message, StringComparison.Ordinal);
        }
    }

    public sealed class The_command
    {
        [Fact]
        public void Runs_a_suite_file_and_writes_the_table_into_a_document()
        {
            using var folder = new TempFolder();
            string suite = folder.Write("suite.yaml",
                "data: test\ntolerances: {makespan_s: 0.5}\nrows:\n" +
                "  - {experiment: sleep, role: fit, scenario: thesis-sleep-120, policy: burst, real: {published: {makespan_s: 10.2}, source: thesis 5.2.1}, metrics: [makespan_s]}\n");
            string doc = folder.Write("doc.md", $"intro\n{SuiteReport.BeginMarker}\n{SuiteReport.EndMarker}\n");

            var result = Shell.Run("validate", "--suite", suite, "--replications", "2", "--out", folder["out"], "--docs", doc);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            string table = File.ReadAllText(doc);
            Assert.Contains("| sleep | burst | makespan_s | 10.2 |", table, StringComparison.Ordinal);
            Assert.Contains("| fit | pass |", table, StringComparison.Ordinal);
            Assert.True(File.Exists(folder["out/suite.csv"]));
            Assert.Contains("sleep | burst,makespan_s,10.200000", File.ReadAllText(folder["out/real-values.csv"]), StringComparison.Ordinal);
        }
    }
}
