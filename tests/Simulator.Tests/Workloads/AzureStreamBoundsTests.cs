using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Workloads;

/// <summary>
/// The Azure replay tells the run's checks what they need without a pass over its jobs (StreamedJobs.MemoryMbAtMost,
/// WithoutPhases, RunSeconds, ArrivalSecondsAtMost); the bounds must hold for every job, and a function too large for the cluster is still refused.
/// </summary>
public sealed class AzureStreamBoundsTests
{
    private const string Invocations = "HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f1,http,3,1\no,b,f2,http,5,2\n";
    private const string Durations = "HashOwner,HashApp,HashFunction,percentile_Average_0,percentile_Average_1,percentile_Average_25," +
                                     "percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100\no,a,f1,1,2,3,4,5,6,7\no,b,f2,1,2,3,4,5,6,7\n";
    private const string MemoryHeader = "HashOwner,HashApp,AverageAllocatedMb_pct1,AverageAllocatedMb_pct5,AverageAllocatedMb_pct25,AverageAllocatedMb_pct50," +
                                        "AverageAllocatedMb_pct75,AverageAllocatedMb_pct95,AverageAllocatedMb_pct99,AverageAllocatedMb_pct100\n";

    private static AzureTrace Trace(string memoryRows) =>
        AzureTraceReader.Read((new StringReader(Invocations), "i"), (new StringReader(Durations), "d"), (new StringReader(MemoryHeader + memoryRows), "m"), 0, 2);

    [Fact]
    public void The_memory_bound_covers_every_job_and_no_job_has_phases()
    {
        var jobs = new AzureTraceWorkload(Trace("o,a,100,110,120,130,140,150,160,170\no,b,300,310,320,330,340,350,360,370\n")).Jobs(new Burstsim.Simulator.Engine.RandomStreams(3), 256);

        var streamed = Assert.IsType<StreamedJobs>(jobs);
        Assert.True(streamed.WithoutPhases);
        Assert.All(jobs, j => Assert.Empty(j.Phases));
        Assert.Equal(jobs.Max(j => j.MemoryMb), streamed.MemoryMbAtMost);
    }

    [Fact]
    public void The_drawn_durations_are_the_jobs_durations_and_every_arrival_is_within_the_window()
    {
        foreach (var durationAs in new[] { DurationKind.Wait, DurationKind.Cpu })
        {
            var jobs = new AzureTraceWorkload(Trace("o,a,100,110,120,130,140,150,160,170\n"), DurationAs: durationAs).Jobs(new Burstsim.Simulator.Engine.RandomStreams(5), 256);

            var streamed = Assert.IsType<StreamedJobs>(jobs);
            var fromJobs = jobs.Select(j => j.Work(0).CpuSeconds + j.Work(0).WaitSeconds).Order().ToList();
            Assert.Equal(11, fromJobs.Count);
            Assert.Equal(fromJobs, streamed.RunSeconds!().Order().ToList());
            Assert.All(jobs, j => Assert.InRange(j.Arrival.Seconds, 0, streamed.ArrivalSecondsAtMost!.Value));
        }
    }

    [Fact]
    public void A_function_larger_than_every_invoker_is_still_refused()
    {
        var workload = new AzureTraceWorkload(Trace("o,a,100,110,120,130,140,150,160,170\no,b,9000,9000,9000,9000,9000,9000,9000,9000\n"));

        var e = Assert.Throws<InvalidSetupException>(() => PlatformRun.Execute(
            new RunSetup(ClusterSpec.Uniform([4], 4096), new PlatformParameters(), workload, PolicySpec.Classic, 1), new RecordingSink()));
        Assert.Contains("9000 MB fit on no invoker", e.Message);
        Assert.Contains("cluster.memory_mb or cluster.invokers[].memory_mb", e.Message);
        Assert.Contains("raise cluster.memory_mb to at least", e.Message);
    }
}
