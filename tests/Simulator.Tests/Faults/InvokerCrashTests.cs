using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Faults;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Faults;

/// <summary>An invoker dies mid-run: what its work becomes under each recovery setting.</summary>
public sealed class InvokerCrashTests
{
    /// <summary>Two invokers of 4 CPUs; a burst of 8 x sleep(10 s) fills both, one pack each; invoker1 dies at 3 s.</summary>
    private static (RunOutcome Outcome, RecordingSink Sink, JobListWorkload Workload) CrashMidBurst(BurstOnCrash onCrash, int retries = 1)
    {
        var workload = new JobListWorkload(Sleep(0, 0.0, 8, 10.0));
        var (outcome, sink) = FaultRuns.Execute(ClusterSpec.Uniform([4, 4], 30000), FaultRuns.Recovering(retries, onCrash), "burst", workload, FaultRuns.Crash("invoker1", 3.0));
        return (outcome, sink, workload);
    }

    public sealed class A_burst_set_to_rerun
    {
        [Fact]
        public void Runs_the_lost_workers_again_on_the_invoker_still_up_after_the_health_timeout()
        {
            var (outcome, sink, workload) = CrashMidBurst(BurstOnCrash.Rerun);

            var lost = sink.Records.Where(r => r.Status == ActivationStatus.Retried).ToList();
            var reruns = sink.Records.Where(r => r.Attempt == 1).ToList();
            Assert.Equal(4, lost.Count);
            Assert.All(lost, r => Assert.Equal("invoker1", r.Invoker));
            Assert.All(lost, r => Assert.Equal(3.0, r.WorkerEnd.Seconds, 6)); // running work ends at the crash
            Assert.Equal(lost.Select(r => r.FunctionId).Order(), reruns.Select(r => r.FunctionId).Order());
            Assert.All(reruns, r => Assert.Equal(ActivationStatus.Success, r.Status));
            Assert.All(reruns, r => Assert.Equal("invoker0", r.Invoker));
            // the controller learns of the crash 10 s later (OpenWhisk's offline rule), so no re-run starts before 13 s
            Assert.All(reruns, r => Assert.True(r.WorkerStart.Seconds > 13.0, $"re-run started at {r.WorkerStart}"));
            Assert.Equal([1], outcome.OfflineInvokers);
            FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new RandomStreams(1), 256));
        }
    }

    public sealed class A_rerun_burst
    {
        [Fact]
        public void Is_bounded_by_recovery_retries_so_with_none_left_its_lost_workers_fail()
        {
            // retries 0: a lost worker's attempt 0 is not below it, so it is not re-run (at most retries + 1 attempts).
            var (outcome, sink, workload) = CrashMidBurst(BurstOnCrash.Rerun, retries: 0);

            Assert.Equal(4, sink.Records.Count(r => r.Status == ActivationStatus.Failed));
            Assert.DoesNotContain(sink.Records, r => r.Attempt > 0);
            FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new RandomStreams(1), 256));
        }

        [Fact]
        public void That_can_never_fit_on_the_invokers_left_fails_its_workers_at_once_and_says_why()
        {
            // An 8-CPU and a 4-CPU invoker; a burst of 8 in one pack of 8 runs on invoker0, which dies at 3 s. The 8 lost
            // workers, in packs of 8, can never fit on the 4 CPUs left: they fail when the controller learns of the
            // crash (3 + 10 s health timeout), not at the clock limit.
            var workload = new JobListWorkload(Sleep(0, 0.0, 8, 10.0));
            var cluster = new ClusterSpec([new InvokerSpec("invoker0", 8, 30000), new InvokerSpec("invoker1", 4, 30000)]);
            var (outcome, sink) = FaultRuns.Execute(cluster, FaultRuns.Recovering(2, BurstOnCrash.Rerun), "burst:g=8", workload, FaultRuns.Crash("invoker0", 3.0));

            var failed = sink.Records.Where(r => r.Status == ActivationStatus.Failed).ToList();
            Assert.Equal(8, failed.Count);
            Assert.All(failed, r => Assert.Equal(1, r.Attempt));
            Assert.All(failed, r => Assert.Equal(13.0, r.WorkerEnd.Seconds, 6));
            Assert.Contains(outcome.Errors, e => e.Contains("8 burst workers in packs of 8 x 256 MB can never run on the invokers still online", StringComparison.Ordinal));
            Assert.True(outcome.SimulatedSeconds < 60, $"the run ended at {outcome.SimulatedSeconds} s");
            FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new RandomStreams(1), 256));
        }
    }

    public sealed class A_burst_set_to_fail
    {
        [Fact]
        public void Ends_the_lost_workers_as_failed_and_keeps_the_others_results()
        {
            var (outcome, sink, workload) = CrashMidBurst(BurstOnCrash.Fail);

            Assert.Equal(4, sink.Records.Count(r => r.Status == ActivationStatus.Failed));
            Assert.Equal(4, sink.Records.Count(r => r.Status == ActivationStatus.Success));
            Assert.DoesNotContain(sink.Records, r => r.Status == ActivationStatus.Retried || r.Attempt > 0);
            Assert.All(sink.Records.Where(r => r.Status == ActivationStatus.Failed), r => Assert.Equal("invoker1", r.Invoker));
            FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new RandomStreams(1), 256));
        }
    }

    public sealed class Classic_calls_on_the_crashed_invoker
    {
        [Fact]
        public void Are_retried_by_the_client_after_its_timeout_on_another_invoker()
        {
            // Given 8 x sleep(10 s) round-robin over two invokers, retries 1, and invoker1 dying at 3 s
            var workload = new JobListWorkload(Sleep(0, 0.0, 8, 10.0));
            var parameters = FaultRuns.Recovering(retries: 1);
            var (outcome, sink) = FaultRuns.Execute(ClusterSpec.Uniform([4, 4], 30000), parameters, "classic:round-robin", workload, FaultRuns.Crash("invoker1", 3.0));

            var lost = sink.Records.Where(r => r.Status == ActivationStatus.Retried).ToDictionary(r => r.FunctionId);
            var retried = sink.Records.Where(r => r.Attempt == 1).ToList();

            // Then each lost call is noticed at worker_start + execution timeout (runtime_timeout - 5 s) + 5 s (Lithops' monitor) and runs again on invoker0
            Assert.Equal(4, lost.Count);
            Assert.All(retried, r => Assert.Equal(ActivationStatus.Success, r.Status));
            Assert.All(retried, r => Assert.Equal("invoker0", r.Invoker));
            Assert.All(retried, r => Assert.True(r.HostSubmit.Seconds >= 20.0, $"retry submitted at {r.HostSubmit}"));
            FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new RandomStreams(1), 256));
        }

        [Fact]
        public void Fail_after_the_retries_run_out_when_every_attempt_is_lost()
        {
            // Given the only invoker dead from the start and two retries
            var workload = new JobListWorkload(Sleep(0, 0.0, 3, 1.0));
            var (outcome, sink) = FaultRuns.Execute(ClusterSpec.Uniform([4], 30000), FaultRuns.Recovering(retries: 2), "classic", workload, FaultRuns.Crash("invoker0", 0.0));

            // Then each function is tried exactly retries + 1 times and ends failed
            Assert.All(sink.Records.GroupBy(r => r.FunctionId), g => Assert.Equal(3, g.Count()));
            Assert.Equal(3, sink.Records.Count(r => r.Status == ActivationStatus.Failed));
            FaultRuns.AssertEveryFunctionSettledOnce(outcome, sink, workload.Jobs(new RandomStreams(1), 256));
        }
    }
}
