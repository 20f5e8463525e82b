using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Functions that are deployments of their own (Azure trace apps) never run in each other's containers.</summary>
public sealed class ActionIsolationTests
{
    private static JobRequest Call(int id, double atS, string app) =>
        new(id, SimTime.FromSeconds(atS), "owner", "f", 1, 256, _ => FunctionWork.Sleep(0.5), Action: $"{app}/f");

    [Theory]
    [InlineData("classic")]
    [InlineData("classic:round-robin")]
    [InlineData("faasbatch")]
    [InlineData("burst")]
    public void Functions_of_different_apps_never_share_a_warm_container(string policy)
    {
        // Given two apps of one owner with same-named functions of equal memory, called one after the other
        var workload = new JobListWorkload(Call(0, 0.0, "appA"), Call(1, 5.0, "appB"), Call(2, 10.0, "appA"));

        var (_, sink) = Runs.Execute(ClusterSpec.Uniform([4], 4096), HandWorked.Parameters, policy, workload);

        // Then appB's call starts a container of its own
        var byJob = sink.Records.ToDictionary(r => r.JobId, r => r.Container);
        Assert.NotEqual(byJob[0], byJob[1]);
        Assert.NotEqual(byJob[2], byJob[1]);
        Assert.True(sink.Records.Single(r => r.JobId == 1).ColdStart);
    }

    [Fact]
    public void The_same_app_function_reuses_its_warm_container_under_classic()
    {
        var workload = new JobListWorkload(Call(0, 0.0, "appA"), Call(1, 5.0, "appA"));

        var (_, sink) = Runs.Execute(ClusterSpec.Uniform([4], 4096), HandWorked.Parameters, "classic", workload);

        Assert.Single(sink.Records.Select(r => r.Container).Distinct());
    }

    [Fact]
    public void Each_Azure_trace_function_is_its_own_action()
    {
        var curve = new PercentileCurve([(0.0, 100.0), (1.0, 100.0)]);
        var trace = new AzureTrace(
            [
                new AzureFunctionTrace("o1", "a1", "f1", "http", [2], curve, null),
                new AzureFunctionTrace("o1", "a2", "f1", "http", [1], curve, null),
            ],
            StartMinute: 0,
            Minutes: 1,
            SkippedWithoutDurations: 0);

        var jobs = new AzureTraceWorkload(trace).Jobs(new RandomStreams(1), 256);

        Assert.Equal(["a1/f1", "a2/f1"], jobs.Select(j => j.Action!).Distinct().Order());
    }
}
