using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Only bad input is exit 2: a setup the model refuses (<see cref="InvalidSetupException"/>) is; any other exception out
/// of a run, an ArgumentException of the model included, is exit 70 in one line naming the component it was thrown in.
/// </summary>
public sealed class ModelFaultTests
{
    private const string Suffix = " (a fault in burstsim, not in the input; please report it with the scenario and command)";

    /// <summary>This test assembly doubles as a plug-in: its <see cref="Plugins.ThrowingBalancerFactory"/> (classic:throws) throws on the first placement.</summary>
    internal static string ThisAssembly => typeof(Plugins.ThrowingBalancerFactory).Assembly.Location;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static Exception Thrown(Action action) => Assert.ThrowsAny<Exception>(action);

    public sealed class A_setup_the_model_refuses
    {
        [Fact]
        public void Is_bad_input_with_the_models_message_and_nothing_written()
        {
            // No input check adds up latencies: a controller request as long as the whole span is found when the clock reaches
            // its limit (constant latencies, and a monitor that polls rarely, so the run gets there in a few events).
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run(
                "run", file, "--out", folder["out"], "--no-figures", "--set", "platform.variability=false",
                "--set", "platform.controller.request_latency_s=1e8", "--set", "platform.client.monitoring_interval_s=1e7");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Equal(
                ["error: scenario: the run reached 1e8 s of simulated time (about 3.2 years, the longest simulated span) with 1 of 1 jobs unfinished: " +
                 "shorten the workload (fewer or shorter functions, smaller exchanges) or give the client more workers (platform.client.max_workers)"],
                Lines(result.Stderr));
            Assert.Equal(["s.yaml"], folder.Entries());
        }

        [Fact]
        public void Such_as_storage_parts_too_small_for_an_exchange_names_the_parameter_to_raise()
        {
            // Once an overflow (exit 70): 1e12 MB in 1e-9 MB parts is more requests than a long holds.
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", """
                name: tiny-parts
                cluster: {count: 2, cpus: 4}
                workload:
                  type: phased
                  functions: 4
                  phases: [{pattern: all-to-all, total_mb: 1e12}]
                policies: [classic]
                platform:
                  network: {storage_chunk_mb: 1e-9}
                """);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.StartsWith("error: scenario: an object-storage transfer", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("beyond the 1E+08 s (about 3.2 years) burstsim simulates; raise platform.network.storage_chunk_mb", result.Stderr, StringComparison.Ordinal);
            Assert.Equal(["s.yaml"], folder.Entries());
        }

        [Fact]
        public void Such_as_arrivals_past_the_clock_names_the_workload_and_the_fix()
        {
            // Once a bare "An instant must be a finite, non-negative number of seconds" from the clock.
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", """
                name: late-arrivals
                cluster: {count: 2, cpus: 4}
                workload:
                  type: arrivals
                  process: fixed-interval
                  interval_s: 1e8
                  jobs: 1000000
                  tenants: [{name: a, functions: 1, wait_s: 1}]
                policies: [classic]
                """);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures");

            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("workload (line 3 of", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("job 2 of 1000000 would arrive at 2E+08 s, beyond the 1E+08 s (about 3.2 years) burstsim simulates; lower jobs or the interval between arrivals", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Wins_over_a_fault_in_a_run_beside_it()
        {
            var both = new AggregateException(
                Thrown(() => throw new InvalidOperationException("a model bug")),
                Thrown(() => throw new InvalidSetupException("the cluster has no invokers")));

            var (code, message) = Failures.Describe(both, new InternalErrorBlame());

            Assert.Equal(ExitCodes.BadInput, code);
            Assert.Equal("error: scenario: the cluster has no invokers", message);
        }
    }

    public sealed class A_fault_inside_a_run
    {
        [Fact]
        public void Of_a_plug_in_policy_is_exit_70_in_one_line_naming_the_plug_in()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run("run", file, "--out", folder["out"], "--no-figures", "--plugin", ThisAssembly, "--policy", "classic:throws");

            Assert.True(result.ExitCode == ExitCodes.InternalError, result.ToString());
            string line = Assert.Single(Lines(result.Stderr));
            Assert.StartsWith($"internal error in policy classic:throws ({ThisAssembly}): the test balancer has no invoker for guest/", line, StringComparison.Ordinal);
            Assert.EndsWith("(a fault in the plug-in, not in the input or burstsim: fix the policy, or report it to its author with the scenario and command)", line, StringComparison.Ordinal);
            Assert.Equal(["s.yaml"], folder.Entries());
        }

        [Fact]
        public void Is_not_blamed_on_the_input_when_it_is_an_argument_exception()
        {
            var e = Thrown(() => throw new ArgumentOutOfRangeException("seconds", -1.0, "A duration must be a finite, non-negative number of seconds."));

            var (code, message) = Failures.Describe(new AggregateException(e), new InternalErrorBlame());

            Assert.Equal(ExitCodes.InternalError, code);
            Assert.Equal(
                "internal error in ModelFaultTests: A duration must be a finite, non-negative number of seconds. (Parameter 'seconds') Actual value was -1." + Suffix,
                message);
        }

        [Fact]
        public void Says_internal_error_once_when_the_model_already_did()
        {
            var e = Thrown(() => throw new InvalidOperationException("internal error: the simulation stalled at 12.000000s with nothing left to happen"));

            var (code, message) = Failures.Describe(e, new InternalErrorBlame());

            Assert.Equal(ExitCodes.InternalError, code);
            Assert.Equal("internal error in ModelFaultTests: the simulation stalled at 12.000000s with nothing left to happen" + Suffix, message);
        }
    }
}
