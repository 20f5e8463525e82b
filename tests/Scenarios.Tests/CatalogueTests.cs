using Burstsim.Scenarios.Catalogue;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Tests;

public sealed class CatalogueTests
{
    public static TheoryData<string> Names => [.. ScenarioCatalogue.Names];

    public sealed class The_catalogue
    {
        [Fact]
        public void Holds_the_scenarios_of_the_thesis_the_paper_and_faasbatch()
        {
            Assert.Equal(
                ["azure-keepalive", "burst-collectives", "burst-shuffle", "faasbatch-dispatch-interval", "invoker-crash", "invoker-health", "multi-tenant-poisson", "paper-faas-startup", "paper-startup", "pause-grace", "single-invoker-30", "terasort-100gb", "thesis-montecarlo-100", "thesis-sleep-120", "time-limit"],
                ScenarioCatalogue.Names);
        }

        [Theory]
        [MemberData(nameof(Names), MemberType = typeof(CatalogueTests))]
        public void Scenario_loads_and_validates(string name)
        {
            var scenario = ScenarioLoader.Load(name, []);

            Assert.Equal(name, scenario.Name);
            Assert.NotEmpty(scenario.Description);
            Assert.NotEmpty(scenario.Cases);
            Assert.NotEmpty(scenario.Policies);
        }

        [Fact]
        public void Azure_keepalive_finds_its_shipped_trace_and_compares_the_keep_alive_policies()
        {
            var scenario = ScenarioLoader.Load("azure-keepalive", []);

            Assert.Contains("invocations_per_function_md.anon.d01.csv", scenario.Cases[0].Workload.Description, StringComparison.Ordinal);
            Assert.Equal(
                ["classic+keep-alive:fixed,minutes=5", "classic+keep-alive:fixed,minutes=10", "classic+keep-alive:fixed,minutes=20", "classic+keep-alive:fixed,minutes=30",
                 "classic+keep-alive:fixed,minutes=60", "classic+keep-alive:fixed,minutes=120", "classic+keep-alive:hybrid", "classic+keep-alive:greedy-dual"],
                scenario.Policies.Select(p => p.Name));
        }

        [Fact]
        public void Paper_startup_has_every_size_and_granularity()
        {
            var scenario = ScenarioLoader.Load("paper-startup", []);

            Assert.Equal(["w48", "w96", "w480", "w960"], scenario.Cases.Select(c => c.Label));
            Assert.Equal(["1", "2", "4", "6", "12", "24", "48"], scenario.Policies.Select(p => p.GranularityLabel));
            Assert.Equal(20, scenario.Cluster.Invokers.Count);
            Assert.All(scenario.Cluster.Invokers, i => Assert.Equal(48, i.Cpus));
        }

        [Fact]
        public void Faasbatch_scenario_sweeps_the_dispatch_interval_from_10_to_500_ms()
        {
            var scenario = ScenarioLoader.Load("faasbatch-dispatch-interval", []);
            var intervals = scenario.Policies.Select(p => p.Placement.Options.WrittenNumber("interval")).OfType<double>().ToArray();

            Assert.Equal(0.01, intervals.Min());
            Assert.Equal(0.5, intervals.Max());
            Assert.Contains(scenario.Policies, p => p.Name == "classic");
            Assert.Contains(scenario.Policies, p => p.Name == "burst");
            Assert.Equal(["io-bound", "cpu-bound"], scenario.Cases.Select(c => c.Label));
        }
    }

    public sealed class Burst_shuffle
    {
        [Fact]
        public void Shuffles_1_GB_among_192_workers_on_two_96_CPU_invokers_classic_against_burst_granularities()
        {
            var scenario = ScenarioLoader.Load("burst-shuffle", []);
            var workload = Assert.IsType<Simulator.Workloads.PhasedWorkload>(scenario.Cases[0].Workload);

            Assert.Equal(192, workload.Functions);
            var shuffle = Assert.Single(workload.Phases.OfType<Simulator.Workloads.ExchangePhase>());
            Assert.Equal(Simulator.Workloads.CommPattern.AllToAll, shuffle.Pattern);
            Assert.Equal(1024e6, shuffle.BytesPerFunction * 192.0, 1e3);
            Assert.All(scenario.Cluster.Invokers, i => Assert.Equal(96, i.Cpus));
            Assert.Equal(2, scenario.Cluster.Invokers.Count);
            Assert.Contains(scenario.Policies, p => p.Name == "classic");
            Assert.True(scenario.Policies.Count(p => p.Name.StartsWith("burst", StringComparison.Ordinal)) >= 4);
        }
    }

    public sealed class The_list_command
    {
        [Fact]
        public void Prints_each_name_with_its_one_line_description()
        {
            var result = Shell.Run("list");

            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(ScenarioCatalogue.Names.Count, lines.Length);
            Assert.StartsWith("azure-keepalive  ", lines[0], StringComparison.Ordinal);
            Assert.Contains(lines, l => l.StartsWith("thesis-sleep-120", StringComparison.Ordinal) && l.Contains("120 x sleep", StringComparison.Ordinal));
        }
    }
}
