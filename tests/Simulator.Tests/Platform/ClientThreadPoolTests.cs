using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>The Lithops client's invoke thread pool is shared by a tenant's jobs: a freed thread serves whichever job waits.</summary>
public sealed class ClientThreadPoolTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void A_job_submitted_while_every_thread_sleeps_in_a_429_back_off_still_runs(ulong seed)
    {
        // Given one thread and a concurrency limit of 1: job 0's second call keeps getting 429 while its first runs 20 s,
        // so its thread spends most of the time asleep; job 1 arrives meanwhile
        var parameters = HandWorked.Parameters with
        {
            Client = HandWorked.Parameters.Client with { InvokePoolThreads = 1 },
            Controller = HandWorked.Parameters.Controller with { ConcurrentLimit = 1 },
        };
        var workload = new JobListWorkload(Sleep(0, 0.0, 2, 20.0), Sleep(1, 3.0, 1, 1.0));

        // When they run (before the fix the run stalled: only job 0 was pumped when its thread woke)
        var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([4], 4096), parameters, "classic", workload, seed);

        // Then every function ran
        Assert.Equal(3, outcome.FunctionsReported);
        Assert.Equal([0, 0, 1], sink.Records.Select(r => r.JobId).Order());
    }
}
