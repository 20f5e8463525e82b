using System.Globalization;
using System.Text;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Kinds of bad input a hostile-input round left open, each refused with exit 2 and a one-line message naming the field
/// (or file and row), the numbers and the fix, with nothing written: streamed traces that cannot fit or finish, folders
/// given for files, memory that fits on no invoker, control characters, YAML the loader would misread.
/// </summary>
public sealed class LeftOpenInputTests
{
    /// <summary>Eight GB: the memory the checks compare with, the same on any machine.</summary>
    private const long EightGb = 8_000_000_000;

    private static CliResult Refused(TempFolder folder, params string[] args)
    {
        string[] before = folder.Entries();
        CliResult result;
        using (AvailableMemory.Inject(EightGb))
        {
            result = Shell.Run(args);
        }

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Equal(before, folder.Entries());
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        return result;
    }

    private static CliResult Run(TempFolder folder, string yaml) =>
        Refused(folder, "run", folder.Write("s.yaml", yaml), "--out", folder["out"], "--no-figures");

    private static string Huawei(params (int Calls, double DelayMs)[] minutes)
    {
        var requests = new StringBuilder("day,time,fn0\n");
        for (int m = 0; m < minutes.Length; m++)
        {
            requests.Append(CultureInfo.InvariantCulture, $"0,{m * 60},{minutes[m].Calls}\n");
        }

        return requests.ToString();
    }

    private static string HuaweiDelays(params (int Calls, double DelayMs)[] minutes) =>
        "day,time,fn0\n" + string.Concat(minutes.Select((m, i) => FormattableString.Invariant($"0,{i * 60},{m.DelayMs}\n")));

    public sealed class A_streamed_trace_that_cannot_fit_or_finish
    {
        [Fact]
        public void A_huawei_minute_of_two_billion_calls_is_refused_at_once_naming_its_line()
        {
            using var folder = new TempFolder();
            folder.Write("requests.csv", Huawei((2_000_000_000, 0), (1, 0)));
            var started = System.Diagnostics.Stopwatch.StartNew();

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\nworkload: {type: huawei, requests: requests.csv}\npolicies: [classic]\n").Stderr;

            Assert.Contains("workload (line 2 of", message, StringComparison.Ordinal);
            Assert.Contains("2,000,000,000 calls of the minute on line 2 of requests.csv", message, StringComparison.Ordinal);
            Assert.Contains("more than the 8 GB this process can use now", message, StringComparison.Ordinal);
            Assert.Contains("burstsim trace sample", message, StringComparison.Ordinal);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), "the bound must come before any pass over the calls");
        }

        [Fact]
        public void An_azure_minute_of_two_billion_calls_is_refused_at_once_naming_its_minute()
        {
            using var folder = new TempFolder();
            var invocations = new StringBuilder("HashOwner,HashApp,HashFunction,Trigger");
            invocations.Append(string.Concat(Enumerable.Range(1, 1440).Select(m => "," + m.ToString(CultureInfo.InvariantCulture)))).Append('\n');
            invocations.Append("o1,a1,f1,http,0,2000000000").Append(string.Concat(Enumerable.Repeat(",0", 1438))).Append('\n');
            folder.Write("inv.csv", invocations.ToString());
            folder.Write("dur.csv", "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100\no1,a1,f1,1000,5,100,3000,100,200,500,1000,1500,2800,3000\n");

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\nworkload: {type: azure, invocations: inv.csv, durations: dur.csv}\npolicies: [classic]\n").Stderr;

            Assert.Contains("2,000,000,000 calls of minute 2 of inv.csv", message, StringComparison.Ordinal);
            Assert.Contains("GB", message, StringComparison.Ordinal);
            Assert.Contains("max_functions", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Under_faasbatch_calls_that_outlast_their_minute_are_counted_in_flight()
        {
            // Three million 90 s calls in one minute: FaaSBatch bounds no concurrency, so all are in flight at its end.
            using var folder = new TempFolder();
            folder.Write("requests.csv", Huawei((3_000_000, 90_000)));
            folder.Write("delays.csv", HuaweiDelays((3_000_000, 90_000)));
            string yaml = "cluster: {count: 2, cpus: 8}\nworkload: {type: huawei, requests: requests.csv, function_delay: delays.csv}\npolicies: [faasbatch]\n";

            CliResult result;
            using (AvailableMemory.Inject(300_000_000))
            {
                result = Shell.Run("run", folder.Write("s.yaml", yaml), "--out", folder["out"], "--no-figures");
            }

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("3,000,000 calls of the minute on line 2 of requests.csv each run a minute or longer, so all are in flight together", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("0.3 GB this process can use now", result.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder["out"]));
        }

        [Fact]
        public void Whose_function_seconds_outlast_the_clock_on_the_cluster_is_refused_with_the_policy_bound()
        {
            // 10^6 calls of 1000 s on one invoker that holds one 256 MB container: at least 10^9 s.
            using var folder = new TempFolder();
            folder.Write("requests.csv", Huawei((1_000_000, 1_000_000)));
            folder.Write("delays.csv", HuaweiDelays((1_000_000, 1_000_000)));

            string message = Run(folder, "cluster: {count: 1, cpus: 8, memory_mb: 256}\nplatform: {client: {monitoring_interval_s: 1e8}}\nworkload: {type: huawei, requests: requests.csv, function_delay: delays.csv, memory_mb: 256}\npolicies: [classic]\n").Stderr;

            Assert.Contains("the replay would span at least 1E+09 s", message, StringComparison.Ordinal);
            Assert.Contains("at most 1 functions of 256 MB or more can run at once", message, StringComparison.Ordinal);
            Assert.Contains("add invokers or memory", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Whose_calls_need_too_many_monitor_polls_is_refused_before_any_pass()
        {
            using var folder = new TempFolder();
            folder.Write("requests.csv", Huawei((100_000_000, 0)));

            string message = Run(folder, "cluster: {count: 2, cpus: 8}\nworkload: {type: huawei, requests: requests.csv, seconds: 1}\npolicies: [classic]\n").Stderr;

            Assert.Contains("the replay would take at least 5E+07 Lithops monitor polls", message, StringComparison.Ordinal);
            Assert.Contains("raise monitoring_interval_s", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_trace_row_of_two_billion_functions_is_refused_naming_the_row()
        {
            using var folder = new TempFolder();
            folder.Write("trace.csv", "arrival_s,function,duration_s,functions\n0,g,1,1\n0,f,1,2000000000\n");

            string message = Run(folder, "cluster: {count: 1, cpus: 8, memory_mb: 512}\nworkload: {type: trace, path: trace.csv}\npolicies: [classic]\n").Stderr;

            Assert.Contains("the call on line 3 of trace.csv asks for 2,000,000,000 functions of 1 s", message, StringComparison.Ordinal);
            Assert.Contains("at most 1 of them can run at once", message, StringComparison.Ordinal);
            Assert.Contains("give that row fewer or shorter functions", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_folder_given_for_a_file
    {
        [Fact]
        public void As_an_overlay_is_said_to_be_a_folder()
        {
            using var folder = new TempFolder();
            Directory.CreateDirectory(folder["overlay"]);

            string message = Refused(folder, "run", folder.Write("s.yaml", SmallScenarios.Sleep), "--overlay", folder["overlay"], "--out", folder["out"]).Stderr;

            Assert.Contains($"--overlay: {folder["overlay"]} is a folder, not a file", message, StringComparison.Ordinal);
            Assert.DoesNotContain("denied", message, StringComparison.Ordinal);
        }

        [Fact]
        public void As_a_missing_overlay_is_said_to_be_missing()
        {
            using var folder = new TempFolder();

            string message = Refused(folder, "run", folder.Write("s.yaml", SmallScenarios.Sleep), "--overlay", folder["none.yaml"], "--out", folder["out"]).Stderr;

            Assert.Contains($"--overlay: no such file: {folder["none.yaml"]}", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("path", "trace")]
        [InlineData("requests", "huawei")]
        public void As_a_trace_field_is_said_to_be_a_folder(string key, string type)
        {
            using var folder = new TempFolder();
            Directory.CreateDirectory(folder["data"]);

            string message = Run(folder, $"cluster: {{count: 1, cpus: 8}}\nworkload: {{type: {type}, {key}: data}}\npolicies: [classic]\n").Stderr;

            Assert.Contains($"workload.{key}", message, StringComparison.Ordinal);
            Assert.Contains("is a folder, not a file", message, StringComparison.Ordinal);
        }

        [Fact]
        public void As_the_suite_docs_file_is_said_to_be_a_folder()
        {
            using var folder = new TempFolder();
            Directory.CreateDirectory(folder["docs"]);

            string message = Refused(folder, "validate", "--suite", "--docs", folder["docs"], "--out", folder["out"]).Stderr;

            Assert.Contains($"--docs: {folder["docs"]} is a folder, not a file", message, StringComparison.Ordinal);
        }
    }

    public sealed class Memory_that_fits_on_no_invoker
    {
        [Fact]
        public void Names_the_workload_field_and_the_cluster_field_to_raise()
        {
            using var folder = new TempFolder();

            string message = Run(folder, "cluster: {count: 1, cpus: 8, memory_mb: 2048}\nworkload: {type: fixed-work, functions: 2, wait_s: 1, memory_mb: 4096}\npolicies: [classic]\n").Stderr;

            Assert.Contains("functions of 4096 MB (workload.memory_mb) fit on no invoker", message, StringComparison.Ordinal);
            Assert.Contains("cluster.memory_mb or cluster.invokers[].memory_mb) is 2048 MB", message, StringComparison.Ordinal);
            Assert.Contains("raise cluster.memory_mb to at least 4096", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Names_the_runtime_default_when_the_workload_gives_none()
        {
            using var folder = new TempFolder();

            string message = Run(folder, "cluster: {count: 1, cpus: 8, memory_mb: 128}\nworkload: {type: sleep, functions: 2, seconds: 1}\npolicies: [classic]\n").Stderr;

            Assert.Contains("(platform.runtime.runtime_memory_mb, the default where the workload gives none) fit on no invoker", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_control_character_in_a_name
    {
        [Theory]
        [InlineData("\\e", "control character \\u001B")]
        [InlineData("\\x7f", "control character \\u007F")]
        [InlineData("\\t", "a tab (control character \\u0009)")]
        [InlineData("\\n", "a line break (control character \\u000A)")]
        public void Is_described_as_what_it_is(string escaped, string described)
        {
            using var folder = new TempFolder();

            string message = Run(folder, SmallScenarios.Sleep.Replace("name: small-sleep", $"name: \"small{escaped}sleep\"", StringComparison.Ordinal)).Stderr;

            Assert.Contains($"name (line 1 of", message, StringComparison.Ordinal);
            Assert.Contains($"holds {described} at position 6", message, StringComparison.Ordinal);
            if (escaped is "\\e" or "\\x7f")
            {
                Assert.DoesNotContain("line break", message, StringComparison.Ordinal);
            }
        }
    }

    public sealed class Yaml_the_loader_would_misread
    {
        [Fact]
        public void A_merge_key_is_refused_saying_to_write_the_fields_out()
        {
            using var folder = new TempFolder();

            string message = Run(folder, "cluster: &c {count: 1, cpus: 8}\nworkload: {type: sleep, functions: 2, seconds: 1}\ncases:\n  - name: a\n    cluster:\n      <<: *c\n      memory_mb: 4096\npolicies: [classic]\n").Stderr;

            Assert.Contains("line 6 of", message, StringComparison.Ordinal);
            Assert.Contains("merge keys (<<: *anchor) are not supported", message, StringComparison.Ordinal);
            Assert.Contains("write the fields out", message, StringComparison.Ordinal);
            Assert.DoesNotContain("required", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("cluster:\n\tcount: 1\n\tcpus: 8\nworkload: {type: sleep, functions: 2, seconds: 1}\n", 2)]
        [InlineData("cluster: {count: 1, cpus: 8}\nworkload:\n  type: sleep\n\tfunctions: 2\n", 4)]
        public void A_tab_used_to_indent_is_one_line_naming_line_and_column(string yaml, int line)
        {
            using var folder = new TempFolder();

            string message = Run(folder, yaml + "policies: [classic]\n").Stderr;

            Assert.Contains($"a tab indents line {line} (column 1)", message, StringComparison.Ordinal);
            Assert.Contains("use spaces to indent", message, StringComparison.Ordinal);
            Assert.DoesNotContain("While scanning", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_tab_in_an_overlay_is_refused_the_same_way()
        {
            using var folder = new TempFolder();
            string overlay = folder.Write("o.yaml", "platform:\n\tinvoker: {init_s: 0.3}\n");

            string message = Refused(folder, "run", folder.Write("s.yaml", SmallScenarios.Sleep), "--overlay", overlay, "--out", folder["out"]).Stderr;

            Assert.Contains("--overlay: cannot read", message, StringComparison.Ordinal);
            Assert.Contains("a tab indents line 2 (column 1)", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("workload.functions", "functions: !!float 4", "!!float", "a whole number")]
        [InlineData("seed", "seed: !!float 7", "!!float", "a whole number")]
        [InlineData("workload.seconds", "seconds: !!bool true", "!!bool", "a number")]
        public void A_tag_that_is_not_the_fields_type_is_refused_naming_the_field(string field, string written, string tag, string takes)
        {
            using var folder = new TempFolder();
            string yaml = "seed: 7\ncluster: {count: 1, cpus: 8}\nworkload: {type: sleep, functions: 4, seconds: 1}\npolicies: [classic]\n";
            string key = written[..written.IndexOf(':', StringComparison.Ordinal)];
            yaml = key == "seed" ? yaml.Replace("seed: 7", written, StringComparison.Ordinal) : yaml.Replace(key == "functions" ? "functions: 4" : "seconds: 1", written, StringComparison.Ordinal);

            string message = Run(folder, yaml).Stderr;

            Assert.Contains(field + " (line", message, StringComparison.Ordinal);
            Assert.Contains($"is tagged {tag}, but this field takes {takes}; remove the tag", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_whole_number_tagged_int_is_still_read()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", "cluster: {count: 1, cpus: 8}\nworkload: {type: sleep, functions: !!int 3, seconds: !!int 1}\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(1 + 3, File.ReadAllLines(folder["out/activations.csv"]).Length);
        }
    }

    public sealed class A_sweep_checked_against_available_memory
    {
        [Fact]
        public void Is_refused_when_what_is_free_now_is_too_little()
        {
            // 1000 variants need about 0.1 GB: refused against 50 MB free, whatever the machine's total.
            using var folder = new TempFolder();
            string scenario = folder.Write("s.yaml", SmallScenarios.Sleep);
            string thousand = string.Join(',', Enumerable.Range(1, 1000));
            CliResult result;
            using (AvailableMemory.Inject(50_000_000))
            {
                result = Shell.Run("sweep", scenario, "--out", folder["out"], "--policy", "classic", "--vary", "workload.functions=" + thousand);
            }

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("1,000 variants", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("GB this process can use now (free memory, MemAvailable, plus what it holds)", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(["s.yaml"], folder.Entries());
        }

        [Fact]
        public void Is_measured_as_what_the_process_holds_plus_what_is_free()
        {
            long bytes = AvailableMemory.Bytes();

            Assert.InRange(bytes, Environment.WorkingSet, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes + Environment.WorkingSet);
            using (AvailableMemory.Inject(123))
            {
                Assert.Equal(123, AvailableMemory.Bytes());
            }

            Assert.NotEqual(123, AvailableMemory.Bytes());
        }
    }

    public sealed class Trace_stats_of_durations_of_any_size
    {
        [Theory]
        // Up to the 1e8 s a trace's duration may be (beyond it the cell is refused: TraceDurationBoundTests).
        [InlineData("1e8", "1E+8")]
        [InlineData("98765432", "9.88E+7")]
        [InlineData("12345678", "1.23E+7")]
        [InlineData("9999999", "9999999")]
        public void Keeps_every_column_apart(string seconds, string shown)
        {
            using var folder = new TempFolder();
            string trace = folder.Write("trace.csv", $"arrival_s,function,duration_s\n0,f,{seconds}\n1,g,0.5\n2,h,{seconds}\n3,k,2\n");

            var result = Shell.Run("trace", "stats", trace);

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            string line = result.Stdout.Split('\n').Single(l => l.StartsWith("  mean duration (s)", StringComparison.Ordinal));
            string[] cells = [.. Enumerable.Range(0, 6).Select(i => line.Substring(20 + (10 * i), 10))];
            Assert.All(cells, c => Assert.StartsWith(" ", c, StringComparison.Ordinal));
            Assert.Equal(80, line.Length);
            Assert.Equal(shown, cells[^1].Trim());
            Assert.Equal(6, line[20..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    public sealed class An_option_error
    {
        [Theory]
        [InlineData("--threads", "x")]
        [InlineData("--bogus", "1")]
        public void Is_one_line_with_the_help_hint_in_it(string option, string value)
        {
            using var folder = new TempFolder();

            string message = Refused(folder, "run", folder.Write("s.yaml", SmallScenarios.Sleep), "--out", folder["out"], option, value).Stderr;

            Assert.StartsWith("error: ", message, StringComparison.Ordinal);
            Assert.Contains(option, message, StringComparison.Ordinal);
            Assert.Contains("(see 'burstsim run --help')", message, StringComparison.Ordinal);
        }
    }
}
