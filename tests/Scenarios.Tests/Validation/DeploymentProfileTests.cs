using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Tests.Validation;

/// <summary>profile: thesis-rack / eks-c7i bundle a cluster with one real deployment's settings; the scenario and --set win.</summary>
public sealed class DeploymentProfileTests
{
    private static Model.Scenario Load(string yaml, params Override[] overrides) =>
        ScenarioLoader.Load(new ScenarioSource("p", yaml, "p.yaml", Path.GetTempPath()), overrides);

    [Fact]
    public void The_thesis_rack_has_8192_MB_invokers_of_24_48_48_12_CPUs_and_Lithops_default_runtime()
    {
        var scenario = Load("profile: thesis-rack\nworkload: {type: sleep, functions: 1}\n");

        Assert.Equal([24, 48, 48, 12], scenario.Cluster.Invokers.Select(i => i.Cpus));
        Assert.All(scenario.Cluster.Invokers, i => Assert.Equal(8192, i.UserMemoryMb));
        Assert.All(scenario.Cluster.Invokers, i => Assert.Null(i.Addresses));
        Assert.Equal(256, scenario.Parameters.Runtime.RuntimeMemoryMb);
        Assert.Equal("docker.io/lithopscloud/ibmcf-python-v39", scenario.Parameters.Runtime.Image);
        Assert.Equal(0.3, scenario.Parameters.Invoker.DockerRunSerialS.MedianS);
    }

    [Fact]
    public void The_scenario_and_set_win_over_the_profile()
    {
        var scenario = Load(
            "profile: eks-c7i\ncluster: 4x48\nplatform: {runtime: {runtime_memory_mb: 1024}}\nworkload: {type: sleep, functions: 1}\n",
            new Override("platform.invoker.init_s", "0.9", "--set"));

        Assert.Equal(4, scenario.Cluster.Invokers.Count);
        Assert.All(scenario.Cluster.Invokers, i => Assert.Equal(30000, i.UserMemoryMb)); // a one-word preset keeps the profile's memory
        Assert.Equal(1024, scenario.Parameters.Runtime.RuntimeMemoryMb);
        Assert.Equal(0.9, scenario.Parameters.Invoker.InitS.MedianS);
        Assert.Equal(new Simulator.Platform.Parameters.InvokerParameters().InitS.Spread, scenario.Parameters.Invoker.InitS.Spread); // a number moves the median only
    }

    [Fact]
    public void An_unknown_profile_is_bad_input_naming_the_choices()
    {
        using var folder = new TempFolder();
        string file = folder.Write("s.yaml", "profile: thesis-rak\nworkload: {type: sleep, functions: 1}\n");

        var result = Shell.Run("run", file, "--out", folder["out"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("profile", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("thesis-rack", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    /// <summary>
    /// The thesis (Figure 5.1) under the thesis-rack profile, with no per-case setting: classic about 20 s with at most
    /// about 75 running, burst about 10.2 s with 120 of 120; within 15 %, as the mean of 3 seeded replications.
    /// </summary>
    [Fact]
    public void Thesis_sleep_120_under_the_thesis_rack_matches_the_thesis_figures()
    {
        var scenario = ScenarioLoader.Load("thesis-sleep-120", []);
        var workload = scenario.Cases[0].Workload;
        double Mean(string policy, Func<Calibration, double> metric) =>
            Enumerable.Range(0, 3).Select(r => metric(Calibration.Run(new RunSetup(scenario.Cluster, scenario.Parameters, workload, Simulator.Scheduling.PolicySpec.Parse(policy), (ulong)(11 + r))))).Average();

        Assert.InRange(Mean("classic", c => c.Makespan), 20 * 0.85, 20 * 1.15);
        Assert.InRange(Mean("classic", c => c.Peak), 75 * 0.85, 75 * 1.15);
        Assert.InRange(Mean("burst", c => c.Makespan), 10.2 * 0.85, 10.2 * 1.15);
        Assert.Equal(120, Mean("burst", c => c.Peak));
    }

    /// <summary>Makespan and peak concurrency of one run, by the summary's definitions.</summary>
    public sealed class Calibration : IActivationSink
    {
        private readonly List<ActivationRecord> _records = [];

        public double Makespan => _records.Max(r => r.WorkerEnd.Seconds) - _records.Min(r => r.HostJobCreate.Seconds);

        public double Peak
        {
            get
            {
                int running = 0, peak = 0;
                foreach (var (_, d) in _records.SelectMany(r => new[] { (r.WorkerFuncStart.Ticks, 1), (r.WorkerFuncEnd.Ticks, -1) }).OrderBy(e => e.Item1).ThenBy(e => e.Item2))
                {
                    running += d;
                    peak = Math.Max(peak, running);
                }

                return peak;
            }
        }

        public static Calibration Run(RunSetup setup)
        {
            var c = new Calibration();
            PlatformRun.Execute(setup, c);
            return c;
        }

        public void Add(ActivationRecord record) => _records.Add(record);
    }
}
