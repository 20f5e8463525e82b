using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Calibration;

/// <summary>
/// The master's thesis (Figure 5.1): 120 x sleep(5) on invokers of 24/48/48/12 CPUs. Classic: total
/// about 20 s, at most 75 running at once; burst: 10.2 s, 120 at once. Within 15 %, as the mean of
/// seeded replications. The deployment mirrors Scenarios/catalogue/profiles/thesis-rack.yaml: userMemory
/// 8192 MB, Lithops' default 256 MB runtime and Python 3.9 image (a 2.7 s registry check on every create), and
/// the rack's Docker pace fitted to these figures (0.3 s serial part).
/// </summary>
public sealed class ThesisCalibrationTests
{
    private static readonly PlatformParameters ThesisDeployment = new()
    {
        Runtime = new RuntimeParameters { Image = "docker.io/lithopscloud/ibmcf-python-v39", RuntimeMemoryMb = 256 },
        // The rack's registry check on every create (docker factory; see catalogue/profiles/thesis-rack.yaml).
        Invoker = new InvokerParameters { DockerRunSerialS = new Latency(0.3, 0.4), DockerPullS = new Latency(2.7, 0.16) },
    };

    private static readonly ClusterSpec ThesisRack = ClusterSpec.Uniform([24, 48, 48, 12], 8192);

    private static double Mean(PolicySpec policy, Func<Simulated, double> metric) =>
        Enumerable.Range(1, 4).Select(seed => metric(Simulated.Run(new RunSetup(ThesisRack, ThesisDeployment, new SleepWorkload(120), policy, (ulong)seed)))).Average();

    [Fact]
    public void Classic_takes_about_20_s_with_at_most_about_75_running()
    {
        Assert.InRange(Mean(PolicySpec.Classic, r => r.Makespan), 20 * 0.85, 20 * 1.15);
        Assert.InRange(Mean(PolicySpec.Classic, r => r.PeakConcurrency), 75 * 0.85, 75 * 1.15);
    }

    [Fact]
    public void Burst_takes_about_10_2_s_with_all_120_running_at_once()
    {
        Assert.InRange(Mean(PolicySpec.Burst, r => r.Makespan), 10.2 * 0.85, 10.2 * 1.15);
        Assert.Equal(120, Mean(PolicySpec.Burst, r => r.PeakConcurrency));
    }

    [Fact]
    public void Burst_places_heterogeneous_containers_on_the_invokers_with_most_free_cpus()
    {
        var run = Simulated.Run(new RunSetup(ThesisRack, ThesisDeployment, new SleepWorkload(120), PolicySpec.Burst, 1));

        // 48 + 48 + 24 = 120: the 12-CPU invoker is not needed
        var layout = run.Outcome.BurstLayout.Select(p => (p.Invoker, p.LastWorker - p.FirstWorker + 1)).ToArray();
        Assert.Equal([("invoker1", 48), ("invoker2", 48), ("invoker0", 24)], layout);
    }
}
