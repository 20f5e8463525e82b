using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>What a new user's round of about 330 hostile inputs broke (issue 25), each kind now refused or kept apart with a message naming the cause and the limit.</summary>
public sealed partial class NewUserRoundTests
{
    private static CliResult RunYaml(TempFolder folder, string yaml, params string[] extra)
    {
        string file = folder.Write("s.yaml", yaml);
        return Shell.Run(["run", file, "--out", folder["out"], "--no-figures", .. extra]);
    }

    /// <summary>The files stdout lists after "; wrote ", one entry per listing.</summary>
    private static string[] Listed(string stdout)
    {
        var lines = stdout.Split('\n');
        int wrote = Array.FindIndex(lines, l => l.Contains("; wrote ", StringComparison.Ordinal));
        return [.. lines.Skip(wrote + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).SelectMany(l => l.Trim().Split(", ")).Select(f => f.TrimEnd(','))];
    }

    private static string Refused(string yaml)
    {
        using var folder = new TempFolder();
        var result = RunYaml(folder, yaml);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Equal(["s.yaml"], folder.Entries());
        return result.Stderr;
    }

    public sealed class Cases_whose_names_differ_only_in_unsafe_characters
    {
        [Fact]
        public void Get_a_timeline_each_listed_once()
        {
            using var folder = new TempFolder();
            string yaml = SmallScenarios.Sleep + "\ncases:\n  - name: first\n  - name: \"b/c\"\n  - name: \"b c\"\n  - name: \"b:c\"\n  - name: b_c\n";
            string file = folder.Write("s.yaml", yaml);

            var result = Shell.Run("run", file, "--out", folder["out"], "--policy", "burst");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var timelines = Directory.GetFiles(folder["out/figures"], "timeline*.svg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(5, timelines.Length);
            Assert.Contains("timeline-b_c.svg", timelines);
            var files = Listed(result.Stdout);
            Assert.All(timelines, t => Assert.Single(files, w => w.EndsWith("figures/" + t, StringComparison.Ordinal)));
        }
    }

    public sealed class Case_names_that_are_long_or_look_hashed
    {
        [Fact]
        public void Get_valid_distinct_file_names_each_listed_once()
        {
            using var folder = new TempFolder();
            string hashed = "b_c-" + FigureWriterSafe("b/c")[^8..]; // a literal name equal to the hashed form of "b/c"
            string yaml = SmallScenarios.Sleep + $"\ncases:\n  - name: first\n  - name: \"b/c\"\n  - name: {hashed}\n  - name: {new string('n', 300)}\n  - name: {new string('n', 299)}\n";
            string file = folder.Write("s.yaml", yaml);

            var result = Shell.Run("run", file, "--out", folder["out"], "--policy", "burst");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var timelines = Directory.GetFiles(folder["out/figures"], "timeline*.svg").Select(Path.GetFileName).ToArray();
            Assert.Equal(5, timelines.Length);
            Assert.All(timelines, t => Assert.True(System.Text.Encoding.UTF8.GetByteCount(t!) <= 255, t));
        }

        private static string FigureWriterSafe(string label) => Burstsim.Scenarios.Outputs.FigureWriter.Safe(label);
    }

    public sealed class A_name_with_a_line_break_or_tab
    {
        [Theory]
        [InlineData("case", "cases:\n  - name: \"a\\nb\"\n")]
        [InlineData("case", "cases:\n  - name: \"a\\tb\"\n")]
        [InlineData("scenario", "")]
        public void Is_refused_naming_the_field(string which, string tail)
        {
            using var folder = new TempFolder();
            string yaml = (which == "scenario" ? SmallScenarios.Sleep.Replace("name: small-sleep", "name: \"small\\r\\nsleep\"", StringComparison.Ordinal) : SmallScenarios.Sleep) + "\n" + tail;
            string file = folder.Write("s.yaml", yaml);

            var result = Shell.Run("run", file, "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("name", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("control character", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(["s.yaml"], folder.Entries());
        }
    }

    public sealed class A_single_output_file_that_is_an_input
    {
        [Fact]
        public void Is_refused_for_calibrate_out_naming_the_scenario_it_reads()
        {
            using var folder = new TempFolder();
            string scenario = folder.Write("small.yaml", SmallScenarios.ClassicExact);
            string real = folder.Write("gran1.csv", "host_job_create_tstamp,worker_start_tstamp,worker_end_tstamp\n1700000000.0,1700000001.5,1700000006.6\n");

            var result = Shell.Run("calibrate", "--real", real, "--scenario", scenario, "--fit", "platform.runtime.pack_setup_s", "--replications", "1", "--out", scenario);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("an input of this run", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(SmallScenarios.ClassicExact, File.ReadAllText(scenario));
        }

        [Fact]
        public void Is_refused_for_check_junit_naming_the_baseline_it_reads()
        {
            using var folder = new TempFolder();
            string baseline = folder.Write("b.yaml", File.ReadAllText(Repository.File("baselines/thesis-sleep-120.yaml")));

            var result = Shell.Run("check", "--baseline", baseline, "--junit", baseline);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--junit", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllText(Repository.File("baselines/thesis-sleep-120.yaml")), File.ReadAllText(baseline));
        }

        [Fact]
        public void Is_refused_for_a_scenario_named_run_yaml_in_the_out_folder()
        {
            using var folder = new TempFolder();
            string scenario = folder.Write("run.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", scenario, "--out", folder.Path, "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("an input of this run", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(SmallScenarios.Sleep, File.ReadAllText(scenario));
            Assert.Equal(["run.yaml"], folder.Entries());
        }
    }

    public sealed class A_single_output_file_with_a_long_name
    {
        [Theory]
        [InlineData(220)]
        [InlineData(256)]
        public void Is_refused_naming_the_limit_on_one_name(int length)
        {
            using var folder = new TempFolder();
            string junit = folder[new string('j', length - 4) + ".xml"];

            var result = Shell.Run("check", "--baseline", Repository.File("baselines/thesis-sleep-120.yaml"), "--junit", junit);

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--junit: the file name", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("255-byte limit on one name", result.Stderr, StringComparison.Ordinal);
            Assert.Empty(folder.Entries());
        }
    }

    public sealed class An_out_folder_holding_an_input
    {
        [Fact]
        public void Is_refused_before_the_trace_named_activations_csv_is_overwritten()
        {
            using var folder = new TempFolder();
            const string trace = "arrival_s,function,duration_s\n0,f,1\n0.5,f,2\n";
            folder.Write("activations.csv", trace);
            string file = folder.Write("s.yaml", "cluster: {count: 1, cpus: 8}\nworkload: {type: trace, path: activations.csv}\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", folder.Path, "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("an input of this run", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(trace, File.ReadAllText(folder["activations.csv"]));
            Assert.Equal(["activations.csv", "s.yaml"], folder.Entries());
        }

        [Fact]
        public void Is_accepted_when_the_input_is_not_an_output_name()
        {
            using var folder = new TempFolder();
            folder.Write("trace.csv", "arrival_s,function,duration_s\n0,f,1\n");
            string file = folder.Write("s.yaml", "cluster: {count: 1, cpus: 8}\nworkload: {type: trace, path: trace.csv}\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", folder.Path, "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(2, File.ReadAllLines(folder["activations.csv"]).Length);
            Assert.Equal("arrival_s,function,duration_s\n0,f,1\n", File.ReadAllText(folder["trace.csv"]));
        }
    }

    public sealed class A_long_out_name
    {
        [Fact]
        public void Names_the_staging_name_and_the_limit_it_exceeds()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder[new string('a', 210)], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("staging folder", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("255-byte limit", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("does not accept new files", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(["s.yaml"], folder.Entries());
        }
    }

    public sealed class Numbers_beyond_a_field
    {
        [Theory]
        [InlineData("99999999999999999999999")]
        [InlineData("2147483648")]
        public void Name_the_largest_value_the_field_holds(string functions)
        {
            string stderr = Refused(SmallScenarios.Sleep.Replace("functions: 6", "functions: " + functions, StringComparison.Ordinal));

            Assert.Contains("workload.functions (line 10 of ", stderr, StringComparison.Ordinal);
            Assert.Contains($"s.yaml): {functions} is too large", stderr, StringComparison.Ordinal);
            Assert.Contains("the largest value this field holds is 2147483647", stderr, StringComparison.Ordinal);
        }
    }

    public sealed class An_empty_value
    {
        [Fact]
        public void Is_an_error_naming_the_field_not_the_default()
        {
            string stderr = Refused(SmallScenarios.Sleep.Replace("seconds: 1", "seconds:", StringComparison.Ordinal));

            Assert.Contains("workload.seconds (line 11 of ", stderr, StringComparison.Ordinal);
            Assert.Contains("s.yaml): has no value", stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Written_as_null_still_takes_the_default()
        {
            using var folder = new TempFolder();
            var result = RunYaml(folder, SmallScenarios.Sleep.Replace("seed: 7", "seed: null", StringComparison.Ordinal));

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(3, File.ReadAllLines(folder["out/summary.csv"]).Length);
        }
    }

    public sealed class A_yaml_tag
    {
        [Fact]
        public void That_burstsim_does_not_know_is_refused()
        {
            string stderr = Refused(SmallScenarios.Sleep.Replace("seconds: 1", "seconds: !custom 10", StringComparison.Ordinal));

            Assert.Contains("unknown YAML tag '!custom'", stderr, StringComparison.Ordinal);
            Assert.Contains("line 11", stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Of_the_core_schema_is_read_as_the_value()
        {
            using var folder = new TempFolder();
            var result = RunYaml(folder, SmallScenarios.Sleep.Replace("seconds: 1", "seconds: !!float 1", StringComparison.Ordinal));

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(1 + 12, File.ReadAllLines(folder["out/activations.csv"]).Length);
        }
    }

    public sealed class A_real_run_without_func_start_and_end
    {
        /// <summary>Four classic workers in the Lithops format without worker_func_start_tstamp and worker_func_end_tstamp.</summary>
        private const string NoSpans =
            "host_job_create_tstamp,worker_start_tstamp,worker_end_tstamp\n" +
            "1700000000.0,1700000001.5,1700000006.6\n" +
            "1700000000.0,1700000001.7,1700000006.8\n" +
            "1700000000.0,1700000002.0,1700000007.1\n" +
            "1700000000.0,1700000002.5,1700000007.6\n";

        [Fact]
        public void Is_imported_saying_peak_concurrency_is_unknown()
        {
            using var folder = new TempFolder();
            string real = folder.Write("gran1.csv", NoSpans);

            var result = Shell.Run("import", real, "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains("peak concurrency is unknown", result.Stdout, StringComparison.Ordinal);
            Assert.Equal(5, File.ReadAllLines(folder["out/activations.csv"]).Length);

            // The function start-up is unknown too: empty cells, not worker_start standing in for func start.
            string[] summary = File.ReadAllLines(folder["out/summary.csv"]);
            string[] header = summary[0].Split(',');
            string[] row = summary[1].Split(',');
            Assert.Equal(string.Empty, row[Array.IndexOf(header, "func_startup_p50_s")]);
            Assert.Equal(string.Empty, row[Array.IndexOf(header, "func_startup_max_s")]);

            // Peak concurrency is not measured either: an empty cell (never 0), read back as unknown, shown as '-'.
            Assert.Equal(string.Empty, row[Array.IndexOf(header, "peak_concurrency")]);
            Assert.Contains("peak_concurrency, func_startup_p50_s and func_startup_max_s in summary.csv are empty", result.Stdout, StringComparison.Ordinal);
            Assert.Null(Burstsim.Results.Csv.SummaryCsvReader.ReadFile(folder["out/summary.csv"]).Single().PeakConcurrency);
            string[] ci = File.ReadAllLines(folder["out/summary-ci.csv"]);
            Assert.DoesNotContain(ci, l => l.Contains("peak_concurrency,0", StringComparison.Ordinal));
        }

        [Fact]
        public void Is_not_compared_on_peak_concurrency_by_validate()
        {
            using var folder = new TempFolder();
            string real = folder.Write("gran1.csv", NoSpans);
            string scenario = folder.Write("small.yaml", SmallScenarios.ClassicExact.Replace("functions: 8", "functions: 4", StringComparison.Ordinal));

            var result = Shell.Run("validate", "--real", real, "--scenario", scenario, "--replications", "1", "--out", folder["v"]);

            Assert.True(result.ExitCode is ExitCodes.Ok or ExitCodes.CheckFailed, result.ToString());
            var metrics = File.ReadAllLines(folder["v/validation.csv"]).Skip(1).Select(l => l.Split(',')[3]).ToArray();
            Assert.Contains("startup_p50_s", metrics);
            Assert.DoesNotContain("peak_concurrency", metrics);
        }
    }
}
