using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Faults;

/// <summary>Slow invokers, lost bus messages and failed container starts.</summary>
public sealed class SlowdownAndLossTests
{
    [Fact]
    public void A_function_starting_inside_a_slowdown_runs_that_many_times_as_long()
    {
        // Given one invoker slowed 3x for the first 5 s, and two sleep(2 s) jobs: one at 0 s, one at 10 s
        var workload = new JobListWorkload(Sleep(0, 0.0, 1, 2.0), Sleep(1, 10.0, 1, 2.0));
        var plan = new FaultPlan { Slowdowns = [new InvokerSlowdown("invoker0", 0, 5, 3)] };
        var (_, sink) = FaultRuns.Execute(Runs.OneInvoker(4, 30000), FaultRuns.Recovering(), "classic", workload, plan);

        // Then the first function runs 6 s, the second its own 2 s
        Assert.Equal(6.0, sink.OfJob(0)[0].FuncExecTime.Seconds, 6);
        Assert.Equal(2.0, sink.OfJob(1)[0].FuncExecTime.Seconds, 6);
    }

    [Fact]
    public void A_call_whose_message_is_lost_is_retried_once_the_client_times_it_out()
    {
        // Given every other message lost (probability 0.5) and enough retries
        var workload = new JobListWorkload(Sleep(0, 0.0, 20, 1.0));
        var plan = new FaultPlan { MessageLossProbability = 0.5 };
        var (outcome, sink) = FaultRuns.Execute(Runs.OneInvoker(48, 30000), FaultRuns.Recovering(retries: 10), "classic", workload, plan);

        // Then some calls were lost and retried no sooner than submit + execution timeout (20 - 5 s) + 5 s, and all ended well
        var lost = sink.Records.Where(r => r.Status == ActivationStatus.Retried).ToList();
        Assert.NotEmpty(lost);
        Assert.All(lost, r => Assert.Equal("(none)", r.Container));
        Assert.All(lost, r => Assert.True(r.HostStatusDone.Seconds >= r.HostSubmit.Seconds + 20.0 - 1e-9));
        Assert.Equal(20, sink.Records.Count(r => r.Status == ActivationStatus.Success));
        FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new Burstsim.Simulator.Engine.RandomStreams(1), 256));
    }

    [Fact]
    public void A_burst_pack_that_fails_to_start_gives_its_CPUs_back_and_reruns()
    {
        var workload = new JobListWorkload(Sleep(0, 0.0, 16, 1.0));
        var plan = new FaultPlan { StartFailureProbability = 0.5 };
        var (outcome, sink) = FaultRuns.Execute(ClusterSpec.Uniform([4, 4, 4, 4], 30000), FaultRuns.Recovering(retries: 10, onCrash: BurstOnCrash.Rerun), "burst:g=2", workload, plan);

        Assert.Contains(sink.Records, r => r.Status == ActivationStatus.Retried);
        Assert.Equal(16, sink.Records.Count(r => r.Status == ActivationStatus.Success));
        Assert.Equal([4, 4, 4, 4], outcome.FinalInventory);
    }
}
