using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>Every kind of bad input ends with exit code 2, a message naming the field (and the line, for files), and nothing written.</summary>
public sealed class BadInputTests
{
    private const string Valid = """
        name: bad
        cluster:
          invokers:
            - cpus: 4
            - cpus: 4
            - cpus: 8
        workload:
          type: sleep
          functions: 2
        policies: [classic, burst]
        """;

    /// <summary>Runs <c>run scenario.yaml --out OUT</c> and checks exit code 2, the message, and that OUT's parent stays empty.</summary>
    private static string Refused(string yaml, params string[] extra)
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string scenario = input.Write("scenario.yaml", yaml);
        var result = Shell.Run(["run", scenario, "--out", output["out"], .. extra]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Empty(output.Entries());
        return result.Stderr;
    }

    public sealed class An_unknown_key
    {
        [Fact]
        public void Is_named_with_its_path_and_line_and_a_suggestion()
        {
            string message = Refused(Valid.Replace("  invokers:", "  invokrs:", StringComparison.Ordinal));

            Assert.Contains("cluster.invokrs (line 3 of", message, StringComparison.Ordinal);
            Assert.Contains("did you mean 'invokers'", message, StringComparison.Ordinal);
        }

        [Fact]
        public void In_the_platform_section_lists_the_known_parameters()
        {
            string message = Refused(Valid + "\nplatform:\n  invoker:\n    docker_paralel_runs: 20\n");

            Assert.Contains("platform.invoker.docker_paralel_runs (line 13 of", message, StringComparison.Ordinal);
            Assert.Contains("did you mean 'docker_parallel_runs'", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_wrong_type
    {
        [Fact]
        public void Names_the_list_item_and_its_line()
        {
            string message = Refused(Valid.Replace("cpus: 8", "cpus: ten", StringComparison.Ordinal));

            Assert.Contains("cluster.invokers[2].cpus (line 6 of", message, StringComparison.Ordinal);
            Assert.Contains("expected a whole number, got 'ten'", message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_whole_number_in_exponent_form_is_asked_for_in_digits_with_its_range()
        {
            string message = Refused(Valid.Replace("cpus: 8", "cpus: 1e15", StringComparison.Ordinal));

            Assert.Contains("cluster.invokers[2].cpus (line 6 of", message, StringComparison.Ordinal);
            Assert.Contains("expected a whole number written in digits (must be at least 1)", message, StringComparison.Ordinal);
            Assert.Contains("got 1e15", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Of_a_section_says_a_mapping_was_expected()
        {
            string message = Refused(Valid.Replace("policies: [classic, burst]", "policies: [classic, burst]\nplatform: 12", StringComparison.Ordinal));

            Assert.Contains("platform (line 11 of", message, StringComparison.Ordinal);
            Assert.Contains("expected a mapping", message, StringComparison.Ordinal);
        }
    }

    public sealed class An_out_of_range_value
    {
        [Fact]
        public void Says_what_the_range_is()
        {
            string message = Refused(Valid + "\nplatform:\n  client:\n    max_workers: 0\n");

            Assert.Contains("platform.client.max_workers (line 13 of", message, StringComparison.Ordinal);
            Assert.Contains("must be at least 1, got 0", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Of_the_address_pools_check_interval_names_the_field()
        {
            string message = Refused(Valid.Replace("    - cpus: 8", "    - cpus: 8\n      addresses: {ready: 46, block: 29, attach_s: 12.8, monitor_s: 0}", StringComparison.Ordinal));

            Assert.Contains("monitor_s", message, StringComparison.Ordinal);
            Assert.Contains("from one clock tick", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Rerun_without_retries_says_to_set_retries()
        {
            string message = Refused(Valid, "--set", "platform.recovery.burst_on_crash=rerun");

            Assert.Contains("platform.recovery.burst_on_crash", message, StringComparison.Ordinal);
            Assert.Contains("set retries to 1 or more", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("chunksize", "0")]
        [InlineData("worker_processes", "0")]
        [InlineData("chunksize", "-4")]
        public void Of_Lithops_chunking_names_the_field_and_its_range(string key, string value)
        {
            string message = Refused(Valid, "--set", $"platform.client.{key}={value}");

            Assert.Contains($"platform.client.{key} (from --set): must be at least 1, got {value}", message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("100000")]
        [InlineData("2147483647")]
        public void Of_retries_past_the_limit_names_the_field_and_its_range_instead_of_an_internal_error(string value)
        {
            string message = Refused(Valid, "--set", $"platform.recovery.retries={value}");

            Assert.Contains($"platform.recovery.retries (from --set): must be between 0 and 10000, got {value}", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Given_by_set_names_the_option_instead_of_a_line()
        {
            string message = Refused(Valid, "--set", "platform.controller.blackbox_fraction=1.5");

            Assert.Contains("platform.controller.blackbox_fraction (from --set): must be between 0 and 1, got 1.5", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_contradiction
    {
        [Fact]
        public void Between_a_preset_and_a_list_of_invokers_names_both()
        {
            string message = Refused(Valid.Replace("cluster:\n", "cluster:\n  preset: thesis\n", StringComparison.Ordinal));

            Assert.Contains("cluster.invokers (line 4 of", message, StringComparison.Ordinal);
            Assert.Contains("contradicts cluster.preset", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Between_a_burst_and_a_cluster_too_small_for_it_while_bursts_wait()
        {
            string message = Refused(Valid.Replace("functions: 2", "functions: 17", StringComparison.Ordinal));

            Assert.Contains("workload (line 7 of", message, StringComparison.Ordinal);
            Assert.Contains("a burst of 17 workers can never fit on 16 CPUs", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Between_a_burst_pack_and_an_invoker_memory_too_small_for_it()
        {
            string message = Refused(Valid.Replace("cpus: 8", "cpus: 8\n      memory_mb: 2000", StringComparison.Ordinal).Replace("functions: 2", "functions: 16", StringComparison.Ordinal), "--set", "platform.runtime.runtime_memory_mb=4096");

            Assert.Contains("workload (line 8 of", message, StringComparison.Ordinal);
            Assert.Contains("a pack of 8 workers takes one container of 4096 MB (platform.burst_pack_memory: per_pack) on invoker2, whose memory_mb is 2000", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Between_faasbatch_containers_and_invokers_too_small_for_them()
        {
            string message = Refused(Valid.Replace("[classic, burst]", "[faasbatch]", StringComparison.Ordinal) + "\nplatform:\n  faasbatch: {container_memory_mb: 40000}\n");

            Assert.Contains("platform.faasbatch.container_memory_mb (line 12 of", message, StringComparison.Ordinal);
            Assert.Contains("FaaSBatch containers of 40000 MB fit on no invoker", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Is_not_one_when_bursts_may_be_rejected()
        {
            using var input = new TempFolder();
            string scenario = input.Write("s.yaml", Valid.Replace("functions: 2", "functions: 17", StringComparison.Ordinal) + "\nplatform: {burst_no_fit: reject}\n");

            var result = Shell.Run("run", scenario, "--out", input["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.Contains("rejected:", result.Stdout, StringComparison.Ordinal);
        }
    }

    public sealed class An_unknown_policy
    {
        [Fact]
        public void In_the_file_names_the_list_item_and_the_accepted_forms()
        {
            string message = Refused(Valid.Replace("[classic, burst]", "[classic, bursty]", StringComparison.Ordinal));

            Assert.Contains("policies[1] (line 10 of", message, StringComparison.Ordinal);
            Assert.Contains("unknown policy 'bursty'", message, StringComparison.Ordinal);
        }

        [Fact]
        public void On_the_command_line_names_the_option()
        {
            string message = Refused(Valid, "--policy", "classic", "burst:g=zero");

            Assert.Contains("policies[1] (from --policy)", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_missing_file
    {
        [Fact]
        public void As_the_scenario_is_named()
        {
            using var output = new TempFolder();

            var result = Shell.Run("run", "/nonexistent/scenario.yaml", "--out", output["out"]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("no such file: /nonexistent/scenario.yaml", result.Stderr, StringComparison.Ordinal);
            Assert.Empty(output.Entries());
        }

        [Fact]
        public void As_a_trace_is_named_at_the_field_with_its_line()
        {
            string message = Refused("cluster: thesis\nworkload:\n  type: trace\n  path: missing.csv\n");

            Assert.Contains("workload.path (line 4 of", message, StringComparison.Ordinal);
            Assert.Contains("no such file", message, StringComparison.Ordinal);
        }

        [Fact]
        public void As_an_unknown_catalogue_name_suggests_the_closest()
        {
            using var output = new TempFolder();

            var result = Shell.Run("run", "thesis-sleep-12", "--out", output["out"]);

            Assert.Equal(ExitCodes.BadInput, result.ExitCode);
            Assert.Contains("did you mean 'thesis-sleep-120'", result.Stderr, StringComparison.Ordinal);
            Assert.Empty(output.Entries());
        }
    }

    public sealed class Broken_yaml
    {
        [Fact]
        public void Reports_the_line_of_the_syntax_error()
        {
            string message = Refused("cluster: thesis\nworkload:\n  type: sleep\n   functions: 3\n");

            Assert.Contains("(line 4 of", message, StringComparison.Ordinal);
        }

        [Fact]
        public void In_a_set_value_names_the_option()
        {
            string message = Refused(Valid, "--set", "policies=[classic");

            Assert.Contains("policies (from --set): the value is not valid YAML", message, StringComparison.Ordinal);
        }
    }

    public sealed class A_bad_option
    {
        [Fact]
        public void Such_as_zero_threads_is_refused_before_anything_runs()
        {
            string message = Refused(Valid, "--threads", "0");

            Assert.Contains("--threads: must be at least 1", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Such_as_a_set_without_equals_sign_is_refused()
        {
            string message = Refused(Valid, "--set", "seed");

            Assert.Contains("--set: 'seed' is not path=value", message, StringComparison.Ordinal);
        }
    }
}
