using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Faults;

/// <summary>OpenWhisk's InvokerSupervision: system errors take an invoker out of rotation; with none Healthy, HTTP 503.</summary>
public sealed class InvokerHealthTests
{
    private static PlatformParameters Parameters => HandWorked.Parameters with
    {
        Recovery = new RecoveryParameters { RuntimeTimeoutS = 30 },
    };

    [Fact]
    public void A_failed_container_start_takes_the_only_invoker_out_and_the_next_call_gets_503_and_fails_after_the_monitor_timeout()
    {
        // Given one invoker whose container starts (and health test action's container) fail with probability 0.99
        var faults = new FaultPlan { StartFailureProbability = 0.99 };
        var workload = new JobListWorkload(Sleep(0, 0.0, 1, 1.0), Sleep(1, 5.0, 1, 1.0));
        var (outcome, sink) = FaultRuns.Execute(Runs.OneInvoker(8, 1024), Parameters, "classic", workload, faults);

        // Then the first call's start fails: two start-up successes and one system error leave the buffer unprimed (3
        // entries), so the invoker goes Unhealthy at once; its cold test action fails too, so at 5 s none is Healthy
        Assert.Equal(1, outcome.InvokersTakenOut);
        Assert.Equal(1, outcome.ServiceUnavailable);

        // And the 503'd call never ran: Lithops' monitor fails it 25 s + 5 s after it was sent (no retries)
        var refused = Assert.Single(sink.OfJob(1));
        Assert.Equal(ActivationStatus.Failed, refused.Status);
        Assert.Equal("(none)", refused.Invoker);
        Assert.Equal(refused.HostSubmit.Seconds + 30.0, refused.HostStatusDone.Seconds, 1e-6);
    }

    [Fact]
    public void Without_faults_every_invoker_stays_in_rotation()
    {
        var (outcome, _) = Runs.Execute(Runs.OneInvoker(8, 1024), Parameters, "classic", new JobListWorkload(Sleep(0, 0.0, 4, 1.0)));

        Assert.Equal(0, outcome.InvokersTakenOut);
        Assert.Equal(0, outcome.ServiceUnavailable);
    }
}
