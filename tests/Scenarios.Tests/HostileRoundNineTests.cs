using System.Text;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Outputs;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Kinds the session-9 hostile round left open (issue 25), each refused with exit 2 and one line in burstsim's words
/// naming the file, line and column and the fix, with nothing written: YAML the parser cannot read (control characters,
/// unclosed quotes, alias-only values, broken baselines), very long user text, trace cells reported at the wrong field,
/// multi-line CSV cells; and case-insensitive output names, the long-run warning and the sweep's joined unit files.
/// </summary>
public sealed class HostileRoundNineTests
{
    /// <summary>YamlDotNet's own wording, which must never reach a user.</summary>
    private static readonly string[] LibraryWords = ["While scanning", "While parsing", "A document cannot", "did not find expected", "Idx:"];

    private static CliResult Refused(TempFolder folder, params string[] args)
    {
        string[] before = folder.Entries();
        CliResult result;
        using (AvailableMemory.Inject(8_000_000_000))
        {
            result = Shell.Run(args);
        }

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Equal(before, folder.Entries());
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.All(LibraryWords, w => Assert.DoesNotContain(w, result.Stderr, StringComparison.Ordinal));
        return result;
    }

    private static string Run(TempFolder folder, string yaml, params string[] extra) =>
        Refused(folder, ["run", folder.Write("s.yaml", yaml), "--out", folder["out"], "--no-figures", .. extra]).Stderr;

    private const string Good = "cluster: {count: 2, cpus: 8}\nworkload: {type: sleep, functions: 4, seconds: 1}\npolicies: [classic]\n";

    public sealed class Yaml_the_parser_cannot_read
    {
        [Theory]
        [InlineData("cluster: {count: 2, cpus: 8}\nworkload: {type: sl\0eep, functions: 4, seconds: 1}\npolicies: [classic]\n", 2, 20)]
        [InlineData("\0cluster: {count: 2, cpus: 8}\n", 1, 1)]
        [InlineData(Good + "# trailing\0\n", 4, 11)] // after the last value: the parser would have read it as the end and run
        [InlineData("cluster: {count: 2, cpus: 8}\nworkload: {type: sleep, functions: 4, seconds: 1\u0007}\npolicies: [classic]\n", 2, 49)]
        public void A_control_character_anywhere_is_refused_at_its_line_and_column(string yaml, int line, int column)
        {
            using var folder = new TempFolder();

            string message = Run(folder, yaml);

            Assert.StartsWith($"error: (yaml) (line {line} of ", message, StringComparison.Ordinal);
            Assert.Contains($"at column {column}; YAML text cannot hold it: remove it", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("workload: {type: \"sleep, functions: 4}\n")]
        [InlineData("workload: {type: 'sleep, functions: 4}\n")]
        [InlineData("workload:\n  type: \"sleep\n  functions: 4\n")]
        public void An_unclosed_quote_is_placed_and_the_fix_given(string workload)
        {
            using var folder = new TempFolder();

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\n" + workload + "policies: [classic]\n");

            Assert.Contains("is never closed: add the closing quote", message, StringComparison.Ordinal);
            Assert.Contains("(column ", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("workload.seconds=*x")]
        [InlineData("workload.seconds=*")]
        [InlineData("workload.seconds=\"1")]
        [InlineData("workload={type: sleep")]
        public void A_set_value_that_is_not_yaml_says_why_in_our_words(string set)
        {
            using var folder = new TempFolder();

            string message = Run(folder, Good, "--set", set);

            Assert.Contains("(from --set): the value is not valid YAML: ", message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_alias_alone_says_to_give_the_value()
        {
            using var folder = new TempFolder();

            string message = Run(folder, Good, "--set", "a=*x");

            Assert.Contains("an alias (*name) cannot be the whole value: give the value itself", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("format: 1\nscenario: \"x\nruns: [\n", "is never closed")]
        [InlineData("format: 1\0\n", "a NUL byte")]
        [InlineData("format: 1\nruns: [{case: a\n", "mapping is not closed")]
        [InlineData("format: 1\nformat: 2\n", "written twice")]
        public void A_broken_baseline_names_its_file_line_and_fix(string text, string problem)
        {
            using var folder = new TempFolder();
            string file = folder.Write("b.yaml", text);

            string message = Refused(folder, "check", "--baseline", file).Stderr;

            Assert.Contains("b.yaml)", message, StringComparison.Ordinal);
            Assert.Contains("(line ", message, StringComparison.Ordinal);
            Assert.Contains(problem, message, StringComparison.Ordinal);
        }
    }

    public sealed class Check_baseline_errors
    {
        [Theory]
        [InlineData("- a\n- b\n")]
        [InlineData("")]
        public void Without_a_line_still_name_the_file(string text)
        {
            using var folder = new TempFolder();
            string file = folder.Write("notbaseline.yaml", text);

            string message = Refused(folder, "check", "--baseline", file).Stderr;

            Assert.Contains("notbaseline.yaml", message, StringComparison.Ordinal);
        }
    }

    public sealed class Very_long_user_text
    {
        private static readonly string Long = new('k', 50_000);

        [Fact]
        public void A_50_kb_key_is_cut_in_the_message()
        {
            using var folder = new TempFolder();

            string message = Run(folder, $"cluster: {{count: 2, cpus: 8}}\nworkload: {{type: sleep, functions: 4, seconds: 1, {Long}: 1}}\npolicies: [classic]\n");

            Assert.True(message.Length < 1_000, message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("(cut from 50,009 characters)", message, StringComparison.Ordinal);
            Assert.Contains("unknown key (allowed here: type, functions, seconds)", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--set")]
        [InlineData("--policy")]
        public void A_50_kb_option_value_is_cut_in_the_message(string option)
        {
            using var folder = new TempFolder();

            // A value with spaces is quoted whole ("got '...'"): the quoted span is cut, not only long words.
            string message = Run(folder, Good, option, option == "--set" ? "workload.seconds=" + string.Concat(Enumerable.Repeat("ab ", 17_000)) + "x" : Long);

            Assert.True(message.Length < 1_000, message);
            Assert.Contains("cut from", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_long_word_keeps_its_start_its_end_and_its_length()
        {
            string cut = Failures.Bounded("error: x: '" + new string('a', 300) + "z' is not a number; give a number");

            Assert.Contains("'" + new string('a', 120) + "...", cut, StringComparison.Ordinal);
            Assert.Contains("az (cut from 301 characters)' is not a number; give a number", cut, StringComparison.Ordinal);
        }
    }

    public sealed class Trace_cells_at_their_own_file
    {
        [Fact]
        public void A_bad_huawei_delay_cell_is_reported_at_function_delay_with_its_line_and_column()
        {
            using var folder = new TempFolder();
            folder.Write("requests.csv", "day,time,fn0\n0,0,5\n0,60,3\n");
            folder.Write("delays.csv", "day,time,fn0\n0,0,100\n0,60,abc\n");

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\nworkload: {type: huawei, requests: requests.csv, function_delay: delays.csv}\npolicies: [classic]\n");

            Assert.StartsWith("error: workload.function_delay (line 2 of ", message, StringComparison.Ordinal);
            Assert.Contains("delays.csv, line 3, column 'fn0': 'abc' is not a number", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_bad_azure_duration_cell_is_reported_at_durations()
        {
            using var folder = new TempFolder();
            var invocations = new StringBuilder("HashOwner,HashApp,HashFunction,Trigger");
            invocations.Append(string.Concat(Enumerable.Range(1, 1440).Select(m => "," + m.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Append('\n');
            invocations.Append("o1,a1,f1,http,3").Append(string.Concat(Enumerable.Repeat(",0", 1439))).Append('\n');
            folder.Write("inv.csv", invocations.ToString());
            folder.Write("dur.csv", "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100\no1,a1,f1,1000,5,100,3000,100,200,500,abc,1500,2800,3000\n");

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\nworkload: {type: azure, invocations: inv.csv, durations: dur.csv}\npolicies: [classic]\n");

            Assert.StartsWith("error: workload.durations (line 2 of ", message, StringComparison.Ordinal);
            Assert.Contains("dur.csv, line 2, column 'percentile_Average_50': 'abc' is not a number", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_burst_row_too_large_for_memory_is_named_by_file_line_and_column()
        {
            using var folder = new TempFolder();
            folder.Write("trace.csv", "arrival_s,function,duration_s,functions\n0,g,1,1\n0,f,1,2000000000\n");

            string message = Run(folder, "cluster: {count: 100, cpus: 8}\nplatform: {burst_no_fit: partial}\nworkload: {type: trace, path: trace.csv}\npolicies: [\"burst:g=8\"]\n");

            Assert.StartsWith("error: workload (line 3 of trace.csv, column 'functions'): ", message, StringComparison.Ordinal);
            Assert.Contains("a burst of 2,000,000,000 functions", message, StringComparison.Ordinal);
            Assert.Contains("give that row fewer functions", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_quoted_cell_over_two_lines
    {
        [Theory]
        [InlineData("arrival_s,function,duration_s\n0,\"f\nx\",1\n", 2, "function")]
        [InlineData("arrival_s,function,duration_s\n0,f,1\n1,\"g,1\n", 3, "function")]
        [InlineData("arrival_s,\"function\n,duration_s\n0,f,1\n", 1, "#2")]
        public void Is_said_to_span_lines_where_it_starts(string csv, int line, string column)
        {
            using var folder = new TempFolder();
            folder.Write("t.csv", csv);

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\nworkload: {type: trace, path: t.csv}\npolicies: [classic]\n");

            Assert.Contains($"t.csv, line {line}, column '{column}': a quote (\") opened in this cell", message, StringComparison.Ordinal);
            Assert.Contains("spans lines (a line break inside quotes)", message, StringComparison.Ordinal);
            Assert.DoesNotContain("cells where the header has", message, StringComparison.Ordinal);
        }

        [Fact]
        public void In_a_huawei_table_too()
        {
            using var folder = new TempFolder();
            folder.Write("requests.csv", "day,time,fn0\n0,0,\"5\n0,60,3\n");

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\nworkload: {type: huawei, requests: requests.csv}\npolicies: [classic]\n");

            Assert.Contains("requests.csv, line 2, column 'fn0'", message, StringComparison.Ordinal);
            Assert.Contains("spans lines", message, StringComparison.Ordinal);
        }
    }

    public sealed class Case_names_that_differ_only_in_letter_case
    {
        [Fact]
        public void Write_distinct_files_on_a_case_insensitive_disk()
        {
            using var folder = new TempFolder();
            string yaml = SmallScenarios.Sleep + "\ncases:\n  - name: first\n  - name: b_c\n  - name: B_C\n  - name: b_C\n";

            var result = Shell.Run("run", folder.Write("s.yaml", yaml), "--out", folder["out"], "--policy", "classic");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var timelines = Directory.GetFiles(folder["out/figures"], "timeline*.svg").Select(Path.GetFileName).ToArray();
            Assert.Equal(4, timelines.Length);
            Assert.Equal(4, timelines.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Contains("timeline-b_c.svg", timelines); // lower case alone keeps its name
        }

        [Theory]
        [InlineData("Run", "run")]
        [InlineData("A.b", "a.B")]
        public void Never_share_a_safe_name_ignoring_case(string a, string b) =>
            Assert.NotEqual(FigureWriter.Safe(a), FigureWriter.Safe(b), StringComparer.OrdinalIgnoreCase);
    }

    public sealed class A_run_that_will_take_long
    {
        [Fact]
        public void Is_estimated_in_one_warning_line_with_how_to_shorten_it()
        {
            var scenario = ScenarioLoader.Load("thesis-sleep-120", [new Override("workload.functions", "100000000", "--set"), new Override("policies", "[classic]", "--set")]);
            var plan = RunPlan.Build([scenario]);

            string? line = RunTimeEstimate.Estimate(plan.Units, threads: 1);

            Assert.NotNull(line);
            Assert.DoesNotContain('\n', line);
            Assert.StartsWith("warning: this will take about ", line, StringComparison.Ordinal);
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(plan.Units.Count == 1 ? "1 run" : $"{plan.Units.Count:N0} runs")}, {100_000_000L * plan.Units.Count:N0} function calls"), line, StringComparison.Ordinal);
            Assert.Contains("burstsim trace sample --scale, workload.max_functions", line, StringComparison.Ordinal);
        }

        [Fact]
        public void A_short_run_gets_no_warning()
        {
            var plan = RunPlan.Build([ScenarioLoader.Load("thesis-sleep-120", [])]);

            Assert.Null(RunTimeEstimate.Estimate(plan.Units, threads: 1));
        }
    }

    public sealed class Hostile10_traces_that_are_not_text_files
    {
        [Fact]
        public void A_line_over_the_bound_is_refused_at_its_line_in_bounded_memory_without_quoting_it()
        {
            using var folder = new TempFolder();
            string file = folder["long.csv"];
            using (var writer = new StreamWriter(file))
            {
                writer.Write("app,func,end_timestamp,duration\na,f,");
                writer.Write(new string('1', Simulator.Workloads.BoundedLineReader.MaxLineChars + 10));
                writer.Write(",0.5\n");
            }

            string message = Refused(folder, "trace", "stats", file).Stderr;

            Assert.Contains("long.csv, line 2, column '(row)': the line is longer than 16,777,216 characters", message, StringComparison.Ordinal);
            Assert.True(message.Length < 1_000, message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_header_of_nul_bytes_is_said_not_to_be_a_text_csv()
        {
            using var folder = new TempFolder();
            string file = folder.Write("zeros.csv", new string('\0', 4096) + "\n");

            string message = Run(folder, $"cluster: {{count: 2, cpus: 8}}\nworkload: {{type: trace, path: {file}}}\npolicies: [classic]\n");

            Assert.Contains("holds NUL bytes, so this is not a trace's CSV", message, StringComparison.Ordinal);
        }

        [LinuxFact]
        public void A_pipe_is_refused_with_how_to_write_it_to_a_file()
        {
            using var folder = new TempFolder();
            string fifo = folder["pipe.csv"];
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            {
                mkfifo.WaitForExit();
            }

            // No writer: the refusal must come from the file's type, before an open that would wait for one for ever.
            string message = Refused(folder, "trace", "stats", fifo).Stderr;

            Assert.Contains("pipe.csv is a pipe or a device (a named pipe (FIFO)), not a file", message, StringComparison.Ordinal);
            Assert.Contains("write it to a file first", message, StringComparison.Ordinal);
        }
    }

    public sealed class Hostile10_two_traces_of_one_file_name
    {
        [Fact]
        public void Are_told_apart_by_their_paths_in_every_table()
        {
            using var folder = new TempFolder();
            string one = folder.Write("d1/tr.csv", "app,func,end_timestamp,duration\na,f,10,0.5\n");
            string two = folder.Write("d2/TR.csv", "app,func,end_timestamp,duration\na,g,10,0.5\nb,g,11,0.5\n");

            var result = Shell.Run("trace", "stats", one, two, "--out", folder["out"]);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains("azure-2021: " + one, result.Stdout, StringComparison.Ordinal);
            Assert.Contains("azure-2021: " + two, result.Stdout, StringComparison.Ordinal);
            var traces = File.ReadLines(folder["out/trace-functions.csv"]).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToArray();
            Assert.Equal(2, traces.Length);
        }
    }
}
