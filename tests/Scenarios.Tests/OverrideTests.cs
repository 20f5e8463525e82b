using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Model;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Tests;

/// <summary>--set path=value overrides the file; later overrides win; the dedicated options win over --set.</summary>
public sealed class OverrideTests
{
    private static Scenario Load(string yaml, params string[] sets) =>
        ScenarioLoader.Load(new ScenarioSource("test", yaml, "test.yaml", Path.GetTempPath()), [.. sets.Select(s => Override.Parse(s, "--set"))]);

    public sealed class A_set
    {
        [Fact]
        public void Wins_over_the_file()
        {
            var scenario = Load(SmallScenarios.Sleep, "workload.functions=3");

            Assert.Equal(3, ((SleepWorkload)scenario.Cases[0].Workload).Functions);
        }

        [Fact]
        public void Given_twice_keeps_the_last_value()
        {
            var scenario = Load(SmallScenarios.Sleep, "seed=11", "seed=12");

            Assert.Equal(12UL, scenario.Seed);
        }

        [Fact]
        public void Creates_sections_the_file_does_not_have_and_keeps_other_defaults()
        {
            var scenario = Load(SmallScenarios.Sleep, "platform.invoker.docker_parallel_runs=20");

            Assert.Equal(20, scenario.Parameters.Invoker.DockerParallelRuns);
            Assert.Equal(new InvokerParameters().InitS, scenario.Parameters.Invoker.InitS);
            Assert.Equal(new ClientParameters(), scenario.Parameters.Client);
        }

        [Fact]
        public void Reaches_into_a_list_by_index()
        {
            var scenario = Load(SmallScenarios.Sleep, "cluster.invokers[1].cpus=12");

            Assert.Equal([4, 12], scenario.Cluster.Invokers.Select(i => i.Cpus));
        }

        [Fact]
        public void Takes_yaml_flow_values_for_lists_and_mappings()
        {
            var scenario = Load(SmallScenarios.Sleep, "policies=[classic, 'burst:g=2,join']", "cluster={preset: thesis}");

            Assert.Equal(["classic", "burst:g=2,join"], scenario.Policies.Select(p => p.Name));
            Assert.Equal([24, 48, 48, 12], scenario.Cluster.Invokers.Select(i => i.Cpus));
        }

        [Fact]
        public void Reaches_inside_a_cluster_preset_written_as_one_word()
        {
            var scenario = Load("cluster: thesis\nworkload: {type: sleep, functions: 2}\n", "cluster.memory_mb=4096");

            Assert.Equal([24, 48, 48, 12], scenario.Cluster.Invokers.Select(i => i.Cpus));
            Assert.All(scenario.Cluster.Invokers, i => Assert.Equal(4096, i.UserMemoryMb));
        }

        [Fact]
        public void Sets_an_enum_parameter_by_its_snake_case_name()
        {
            var scenario = Load(SmallScenarios.Sleep, "platform.burst_no_fit=partial");

            Assert.Equal(BurstNoFit.Partial, scenario.Parameters.BurstNoFit);
        }
    }

    public sealed class A_cluster_preset
    {
        [Theory]
        [InlineData("0x48")]
        [InlineData("5x0")]
        [InlineData("99999999x48")]
        public void Of_the_right_shape_but_out_of_range_says_which_range(string preset)
        {
            var error = Assert.Throws<InputException>(() => Load(SmallScenarios.Sleep, $"cluster={preset}"));

            Assert.Contains("NxC needs N (invokers) from 1 to 999999", error.Message);
            Assert.DoesNotContain("unknown cluster preset", error.Message);
        }

        [Fact]
        public void Of_an_unknown_name_is_called_unknown()
        {
            var error = Assert.Throws<InputException>(() => Load(SmallScenarios.Sleep, "cluster=thesys"));

            Assert.Contains("unknown cluster preset 'thesys'", error.Message);
        }
    }

    public sealed class The_dedicated_options
    {
        [Fact]
        public void Win_over_set_for_seed_replications_and_policies()
        {
            using var folder = new TempFolder();
            string file = folder.Write("s.yaml", SmallScenarios.Sleep);

            var result = Shell.Run(
                "run", file, "--out", folder["out"], "--no-figures",
                "--set", "seed=100", "--seed", "5",
                "--set", "replications=3", "--replications", "2",
                "--set", "policies=[classic]", "--policy", "burst");

            Assert.True(result.ExitCode == 0, result.ToString());
            var rows = File.ReadAllLines(folder["out/summary.csv"]).Skip(1).Select(l => l.Split(',')).ToArray();
            Assert.Equal(2, rows.Length);
            Assert.All(rows, r => Assert.Equal("burst", r[1]));
            Assert.Equal(["5", "6"], rows.Select(r => r[4]));
        }
    }
}
