using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>FaaSBatch keeps an idle container for its keep time and removes expired ones at its periodic cleanup pass.</summary>
public sealed class FaaSBatchContainerLifeTests
{
    private static PlatformParameters WithKeep(double keepS, double cleanupS) => new()
    {
        FaaSBatch = new FaaSBatchParameters { KeepTimeS = keepS, CleanupPeriodS = cleanupS },
    };

    private static bool SecondJobRunsWarm(double secondArrivalS)
    {
        // Given one sleep(1) invocation, then another of the same function later, with keep 20 s and cleanup every 15 s
        var workload = new JobListWorkload(
            JobListWorkload.Sleep(0, 0, 1, 1),
            JobListWorkload.Sleep(1, secondArrivalS, 1, 1));

        var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 4096), WithKeep(20, 15), "faasbatch", workload);

        return !sink.OfJob(1).Single().ColdStart;
    }

    [Fact]
    public void A_container_idle_for_less_than_the_keep_time_is_reused()
    {
        Assert.True(SecondJobRunsWarm(secondArrivalS: 10));
    }

    [Fact]
    public void An_expired_container_lives_until_the_next_cleanup_pass()
    {
        // The first container frees at about 3 s, expires at about 23 s; passes run at 15, 30, 45 s: removed at 30 s.
        Assert.True(SecondJobRunsWarm(secondArrivalS: 26));
        Assert.False(SecondJobRunsWarm(secondArrivalS: 40));
    }
}
