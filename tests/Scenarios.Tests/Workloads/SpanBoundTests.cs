using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests.Workloads;

/// <summary>
/// A classic map that can never end within the clock is refused at load: one invoker of 1024 MB holds two 512 MB
/// containers, so N functions of 1e6 s span at least N / 2 * 1e6 s (the longest function alone, 1e6 s, is within it).
/// </summary>
public sealed class SpanBoundTests
{
    private static string Scenario(int functions, string policy, double intervalS = 2) => $$$"""
        name: span
        cluster: {invokers: [{cpus: 4, memory_mb: 1024}]}
        workload: {type: sleep, functions: {{{functions}}}, seconds: 1e6}
        policies: [{{{policy}}}]
        platform: {client: {monitoring_interval_s: {{{intervalS}}}}}
        """;

    private static InputException Refused(string yaml)
    {
        using var folder = new TempFolder();
        return Assert.Throws<InputException>(() => ScenarioLoader.Load(folder.Write("s.yaml", yaml), []));
    }

    [Fact]
    public void A_map_whose_function_seconds_over_its_containers_pass_the_clock_is_refused_with_the_numbers()
    {
        var error = Refused(Scenario(201, "classic", intervalS: 10));

        Assert.Contains("the run would span at least 1.005E+08 s: under classic, job 0's 201 functions need at least 2.01E+08 function-seconds and at most 2 of them can run at once (1 invokers' user memory / 512 MB per container", error.Message, StringComparison.Ordinal);
        Assert.Contains("add invokers or memory (cluster.memory_mb)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_within_the_clock_but_over_the_poll_limit_is_refused_naming_the_interval()
    {
        var error = Refused(Scenario(199, "classic"));

        Assert.Contains("the run would take at least 4.975E+07 Lithops monitor polls (a span of at least 9.95E+07 s polled every platform.client.monitoring_interval_s = 2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_just_within_both_limits_loads()
    {
        using var folder = new TempFolder();

        var scenario = ScenarioLoader.Load(folder.Write("s.yaml", Scenario(199, "classic", intervalS: 10)), []);

        Assert.Single(scenario.Cases);
    }

    [Fact]
    public void Max_workers_bounds_the_functions_at_once()
    {
        using var folder = new TempFolder();
        string yaml = Scenario(3, "classic").Replace("{monitoring_interval_s: 2}", "{monitoring_interval_s: 2, max_workers: 1}", StringComparison.Ordinal)
            .Replace("seconds: 1e6", "seconds: 4e7", StringComparison.Ordinal);

        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load(folder.Write("s.yaml", yaml), []));

        Assert.Contains("at most 1 of them can run at once", error.Message, StringComparison.Ordinal);
        Assert.Contains("platform.client.max_workers 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_refuses_it_as_bad_input_before_anything_runs()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", Scenario(201, "classic", intervalS: 10));

        var result = Shell.Run("run", file, "--out", folder["out"]);

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Equal(["s.yaml"], folder.Entries());
    }
    [Fact]
    public void A_billion_identical_functions_are_summed_by_one_product_without_a_first_n()
    {
        var error = Refused(Scenario(1_000_000_000, "classic"));

        Assert.Contains("job 0's 1000000000 functions need at least 1E+15 function-seconds and at most 2 of them", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_work_is_what_every_function_of_a_sleep_or_fixed_work_map_does()
    {
        var streams = new RandomStreams(1);
        var sleep = new SleepWorkload(1000, 2.5).Jobs(streams, 256)[0];
        var fixedWork = new FixedWorkWorkload(1000, new FunctionWork(0.5, 1.5, NeedsStorageClient: true)).Jobs(streams, 256)[0];

        foreach (var job in new[] { sleep, fixedWork })
        {
            Assert.NotNull(job.SameWork);
            Assert.All(Enumerable.Range(0, job.Functions), i => Assert.Equal(job.SameWork, job.Work(i)));
        }
    }
}
