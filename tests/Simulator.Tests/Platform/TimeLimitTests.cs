using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>
/// The action's time limit: Lithops deploys the action with runtime_timeout (30 s here), runs the function for at most
/// runtime_timeout - 5 s (25 s) and fails the call; OpenWhisk ends the /run at runtime_timeout. Hand-worked latencies.
/// </summary>
public sealed class TimeLimitTests
{
    private const double Tick = 1e-6;

    /// <summary>A cold classic call's worker_start: at the invoker, docker run (serial + start), /init, /run + setup.</summary>
    private static readonly double ColdWorkerStartS = HandWorked.AtInvokerS(0) + HandWorked.SerialS + HandWorked.RunStartS + HandWorked.InitS + HandWorked.RunToWorkerStartS;

    private static PlatformParameters Limit(double runtimeTimeoutS, int retries = 0) => HandWorked.Parameters with
    {
        Recovery = new RecoveryParameters { RuntimeTimeoutS = runtimeTimeoutS, Retries = retries },
    };

    public sealed class Classic
    {
        [Fact]
        public void A_40_s_function_under_a_30_s_limit_is_killed_at_25_s_and_fails()
        {
            // Given one 40 s sleep, runtime_timeout 30 s, no retries
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), Limit(30), "classic", new JobListWorkload(Sleep(0, 0.0, 1, 40.0)));

            // Then Lithops' handler kills it 25 s after the worker started, the worker ends 3 ms later and the call fails
            var r = Assert.Single(sink.Records);
            Assert.Equal(1, outcome.FunctionsReported);
            Assert.Equal(ActivationStatus.Failed, r.Status);
            Assert.Equal(ColdWorkerStartS, r.WorkerStart.Seconds, Tick);
            Assert.Equal(ColdWorkerStartS + 25.0, r.WorkerFuncEnd.Seconds, Tick);
            Assert.Equal(ColdWorkerStartS + 25.0 + HandWorked.WorkerEndS, r.WorkerEnd.Seconds, Tick);
        }

        [Fact]
        public void A_function_within_the_limit_succeeds()
        {
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), Limit(30), "classic", new JobListWorkload(Sleep(0, 0.0, 1, 20.0)));

            var r = Assert.Single(sink.Records);
            Assert.Equal(ActivationStatus.Success, r.Status);
            Assert.Equal(ColdWorkerStartS + HandWorked.FuncStartS + 20.0, r.WorkerFuncEnd.Seconds, Tick);
        }

        [Fact]
        public void A_timed_out_call_is_retried_per_Lithops_and_fails_again_in_the_warm_container()
        {
            // Given retries 1: RetryingFunctionExecutor re-maps the failed call once
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), Limit(30, retries: 1), "classic", new JobListWorkload(Sleep(0, 0.0, 1, 40.0)));

            // Then two attempts: the first retried, the second failed; the handler's kill leaves the container warm
            var attempts = sink.Records.OrderBy(r => r.Attempt).ToList();
            Assert.Equal([ActivationStatus.Retried, ActivationStatus.Failed], attempts.Select(r => r.Status));
            Assert.Equal(attempts[0].Container, attempts[1].Container);
            Assert.False(attempts[1].ColdStart);
            Assert.Equal(attempts[1].WorkerStart.Seconds + 25.0, attempts[1].WorkerFuncEnd.Seconds, Tick);
            Assert.Equal(2, sink.Records.Count);
        }

        [Fact]
        public void Cpu_work_stretched_by_sharing_past_the_limit_is_killed_and_leaves_the_cpu()
        {
            // Given two 20 CPU-s functions sharing one CPU (each would take 40 s)
            var (_, sink) = Runs.Execute(Runs.OneInvoker(1, 4096), Limit(30), "classic", new JobListWorkload(Cpu(0, 0.0, 2, 20.0)));

            // Then both are killed 25 s after their worker started (each had 12.5 CPU-s by then)
            Assert.Equal(2, sink.Records.Count);
            Assert.All(sink.Records, r =>
            {
                Assert.Equal(ActivationStatus.Failed, r.Status);
                Assert.Equal(r.WorkerStart.Seconds + 25.0, r.WorkerFuncEnd.Seconds, Tick);
            });
        }

        [Fact]
        public void When_the_worker_takes_over_5_s_to_start_OpenWhisks_limit_ends_the_run_and_the_container_goes()
        {
            // Given a worker setup of 6 s: /run + 30 s comes before worker_start + 25 s
            var parameters = Limit(30) with { Runtime = HandWorked.Parameters.Runtime with { WorkerSetupS = 6.0 } };
            var workload = new JobListWorkload(Sleep(0, 0.0, 1, 40.0), Sleep(1, 60.0, 1, 1.0));
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), parameters, "classic", workload);

            // Then the function ends at /run + 30 s with no status (worker_end there too), the call fails, and OpenWhisk
            // destroys the container: the next call is cold in a new one
            var killed = Assert.Single(sink.OfJob(0));
            double runStart = killed.WorkerStart.Seconds - HandWorked.RunRequestS - 6.0;
            Assert.Equal(ActivationStatus.Failed, killed.Status);
            Assert.Equal(runStart + 30.0, killed.WorkerFuncEnd.Seconds, Tick);
            Assert.Equal(runStart + 30.0, killed.WorkerEnd.Seconds, Tick);
            var next = Assert.Single(sink.OfJob(1));
            Assert.True(next.ColdStart);
            Assert.NotEqual(killed.Container, next.Container);
        }
    }

    public sealed class Burst
    {
        [Fact]
        public void Every_worker_of_a_pack_past_the_limit_fails_at_its_own_worker_start_plus_25_s()
        {
            // Given a burst of 4 x 40 s in one pack of 4
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 4096), Limit(30), "burst:g=4", new JobListWorkload(Sleep(0, 0.0, 4, 40.0)));

            Assert.Equal(4, sink.Records.Count);
            Assert.All(sink.Records, r =>
            {
                Assert.Equal(ActivationStatus.Failed, r.Status);
                Assert.Equal(r.WorkerStart.Seconds + 25.0, r.WorkerFuncEnd.Seconds, Tick);
            });
        }

        [Fact]
        public void Retried_burst_workers_go_again_as_one_burst_call()
        {
            // Given a burst of 2 x 40 s in one pack of 2 and retries 1
            var work = new JobListWorkload(Sleep(0, 0.0, 2, 40.0));
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 4096), Limit(30, retries: 1), "burst:g=2", work);

            // Then both fail twice; the second attempts share one new pack container, sent once the round ended
            var second = sink.Records.Where(r => r.Attempt == 1).ToList();
            Assert.Equal(2, second.Count);
            Assert.All(second, r => Assert.Equal(ActivationStatus.Failed, r.Status));
            Assert.Single(second.Select(r => r.Container).Distinct());
            Assert.Single(second.Select(r => r.HostSubmit).Distinct());
            Assert.All(sink.Records.Where(r => r.Attempt == 0), r => Assert.Equal(ActivationStatus.Retried, r.Status));
        }
    }
}
