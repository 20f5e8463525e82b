using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Inputs that once crashed (exit 134 with a stack trace) or never ended: each is now refused before
/// anything runs, with exit code 2 and a message naming the field, and the output folder's parent stays empty.
/// </summary>
public sealed class HostileInputTests
{
    private static CliResult Refused(string yaml, params string[] extra)
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string scenario = input.Write("scenario.yaml", yaml);
        var result = Shell.Run(["run", scenario, "--out", output["out"], "--no-figures", .. extra]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Empty(output.Entries());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        return result;
    }

    private static string RefusedSet(params string[] sets) =>
        Refused(SmallScenarios.Sleep, [.. sets.SelectMany(s => new[] { "--set", s })]).Stderr;

    public sealed class A_run_that_outlasts_the_clock
    {
        [Fact]
        public void Is_refused_at_1e8_simulated_seconds_naming_what_to_shorten()
        {
            // Three calls of 5e7 s each through a client pool of one: each value is in range, the run is not. Once found
            // when the clock reached 1e8 s; now refused before it starts (one activation at a time: 1.5e8 s at least).
            // The clock's own limit, for what no input check sees, is ModelFaultTests.A_setup_the_model_refuses.
            string message = Refused("""
                name: too-long
                seed: 1
                cluster: {count: 1, cpus: 1}
                platform:
                  client: {max_workers: 1, monitoring_interval_s: 100000}
                workload: {type: sleep, functions: 3, seconds: 5e7}
                policies: [classic]
                """).Stderr;

            Assert.Contains("the run would span at least 1.5E+08 s", message, StringComparison.Ordinal);
            Assert.Contains("at most 1 of them can run at once", message, StringComparison.Ordinal);
            Assert.Contains("raise platform.client.max_workers", message, StringComparison.Ordinal);
        }
    }

    public sealed class Malformed_yaml
    {
        [Fact]
        public void With_an_unclosed_flow_list_names_the_line_instead_of_crashing()
        {
            string message = Refused("a: [1\nb: c\n").Stderr;

            Assert.Contains("line 1 of", message, StringComparison.Ordinal);
            Assert.Contains("malformed", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Nested_fifty_thousand_deep_is_refused_without_a_stack_overflow()
        {
            string deep = "a: " + new string('[', 50_000) + new string(']', 50_000) + "\n";

            string message = Refused(deep).Stderr;

            Assert.Contains("nested more than 64 levels", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Nested_deep_by_indentation_is_refused_too()
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < 100; i++)
            {
                text.Append(new string(' ', i * 2)).Append('k').Append(i).Append(":\n");
            }

            Assert.Contains("nested more than", Refused(text.ToString()).Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void With_a_duplicate_key_names_its_line()
        {
            string message = Refused(SmallScenarios.Sleep + "\nseed: 8\n").Stderr;

            Assert.Contains("line 13 of", message, StringComparison.Ordinal);
            Assert.Contains("the key 'seed' is written twice", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_period_shorter_than_one_clock_tick
    {
        [Theory]
        [InlineData("platform.client.monitoring_interval_s")]
        [InlineData("platform.client.monitoring_busy_interval_s")]
        [InlineData("platform.client.wait_loop_s")]
        [InlineData("platform.faasbatch.dispatch_interval_s")]
        [InlineData("platform.faasbatch.cleanup_period_s")]
        public void Is_refused_naming_the_field_and_the_tick(string path)
        {
            string message = RefusedSet($"{path}=1e-7");

            Assert.Contains($"{path} (from --set)", message, StringComparison.Ordinal);
            Assert.Contains("one clock tick (0.000001 s)", message, StringComparison.Ordinal);
        }

        [Fact]
        public void In_a_faasbatch_policy_option_is_refused()
        {
            var result = Refused(SmallScenarios.Sleep, "--policy", "faasbatch:interval=1e-7");

            Assert.Contains("policies[0] (from --policy)", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("one clock tick", result.Stderr, StringComparison.Ordinal);
        }
    }

    public sealed class A_time_beyond_the_clock
    {
        [Theory]
        [InlineData("workload.seconds=1e308")]
        [InlineData("workload.seconds=9.2e12")]
        [InlineData("workload.seconds=1e12")]
        [InlineData("platform.invoker.idle_timeout_s=9.2e12")]
        [InlineData("platform.client.monitoring_interval_s=1e308")]
        [InlineData("platform.controller.request_latency_s=1e9")]
        public void Is_refused_naming_the_field_and_the_horizon(string set)
        {
            string message = RefusedSet(set);

            Assert.Contains(set[..set.IndexOf('=', StringComparison.Ordinal)] + " (from --set)", message, StringComparison.Ordinal);
            Assert.Contains("1e8 s", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("NaN")]
        [InlineData(".inf")]
        [InlineData("-.inf")]
        [InlineData("Infinity")]
        [InlineData("-1")]
        [InlineData("''")]
        [InlineData("1e400")]
        public void Or_not_a_finite_time_at_all_is_refused(string value)
        {
            string message = RefusedSet($"workload.seconds={value}");

            Assert.Contains("workload.seconds (from --set)", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Negative_zero_is_zero_and_runs()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--set", "workload.seconds=-0");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(1 + 12, File.ReadAllLines(folder["out/activations.csv"]).Length);
            var zero = Shell.Run("run", file, "--out", folder["zero"], "--no-figures", "--set", "workload.seconds=0");
            Assert.True(zero.ExitCode == ExitCodes.Ok, zero.ToString());
            Assert.Equal(File.ReadAllText(folder["zero/activations.csv"]), File.ReadAllText(folder["out/activations.csv"]));
        }
    }

    public sealed class A_simulated_span_too_long_to_finish
    {
        [Fact]
        public void Is_refused_with_the_poll_estimate_before_running()
        {
            string message = RefusedSet("workload.seconds=9e7", "platform.client.monitoring_interval_s=0.1");

            Assert.Contains("Lithops monitor polls", message, StringComparison.Ordinal);
            Assert.Contains("monitoring_interval_s", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Past_the_horizon_by_arrival_plus_duration_is_refused()
        {
            const string yaml = """
                cluster: {count: 1, cpus: 8}
                workload:
                  type: arrivals
                  process: fixed-interval
                  interval_s: 6e7
                  start_s: 5e7
                  jobs: 2
                  tenants:
                    - {name: a, functions: 1, wait_s: 1}
                policies: [classic]
                """;

            string message = Refused(yaml).Stderr;

            Assert.Contains("workload (line 2 of", message, StringComparison.Ordinal);
            Assert.Contains("beyond the 1E+08 s", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_billion_functions
    {
        [Fact]
        public void Fails_fast_with_the_memory_estimate_even_when_the_burst_would_be_rejected()
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            string message = RefusedSet("workload.functions=1000000000", "platform.burst_no_fit=reject");

            Assert.Contains("workload.functions", message, StringComparison.Ordinal);
            Assert.Contains("GB of memory", message, StringComparison.Ordinal);
            Assert.Contains("1,000,000,000 functions", message, StringComparison.Ordinal);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), "the estimate must come before any run");
        }
    }

    public sealed class Docker_parallel_runs_of_zero
    {
        [Fact]
        public void Means_unlimited_as_in_openwhisk_so_all_cold_starts_overlap()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var limited = Shell.Run("run", file, "--out", folder["one"], "--no-figures", "--policy", "classic", "--set", "platform.invoker.docker_parallel_runs=1");
            var unlimited = Shell.Run("run", file, "--out", folder["zero"], "--no-figures", "--policy", "classic", "--set", "platform.invoker.docker_parallel_runs=0");

            Assert.True(unlimited.ExitCode == ExitCodes.Ok, unlimited.ToString());
            Assert.True(limited.ExitCode == ExitCodes.Ok, limited.ToString());
            Assert.True(Makespan(folder["zero"]) < Makespan(folder["one"]), "one docker run at a time must be slower than unlimited");
        }

        private static double Makespan(string folder)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, "summary.csv"));
            int column = Array.IndexOf(lines[0].Split(','), "makespan_s");
            return double.Parse(lines[1].Split(',')[column], System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public sealed class A_trace_with_padded_header_names
    {
        [Fact]
        public void Is_read_as_lithops_writes_it()
        {
            using var folder = new TempFolder();
            folder.Write("trace.csv", "arrival_s , function , duration_s\n0, f , 1\n0.5,f,2\n");
            string file = folder.Write("s.yaml", "cluster: {count: 1, cpus: 8}\nworkload: {type: trace, path: trace.csv}\npolicies: [classic]\n");

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Equal(3, File.ReadAllLines(folder["out/activations.csv"]).Length);
        }
    }
}
