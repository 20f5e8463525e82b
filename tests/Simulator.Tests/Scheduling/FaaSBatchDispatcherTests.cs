using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Scheduling;

/// <summary>
/// FaaSBatch end to end with hand-worked latencies and a dispatch interval of 1 s: a call is admitted by the
/// controller 0.05 s after it leaves the client (HTTP 0.01 + controller 0.04) and waits for the next tick.
/// </summary>
public sealed class FaaSBatchDispatcherTests
{
    private const double Tick = 1e-6;
    private const double SubmitToAdmitS = HandWorked.HttpS + HandWorked.RequestS;

    private static PlatformParameters Spaced(double perCallS) => HandWorked.Parameters with
    {
        Client = HandWorked.Parameters.Client with { PerCallSubmitS = perCallS },
    };

    /// <summary>The dispatch tick that took the call: admission plus the dispatch wait.</summary>
    private static double TickOf(ActivationRecord r) => r.HostSubmit.Seconds + SubmitToAdmitS + r.QueueTime.Seconds;

    public sealed class Batching
    {
        [Fact]
        public void Calls_arriving_within_one_interval_form_one_batch_in_one_container()
        {
            // Given ten calls admitted together at 0.08 s
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([4], 2048), HandWorked.Parameters, "faasbatch", new JobListWorkload(Sleep(0, 0.0, 10, 1.0)));

            // Then at the 1.0 s tick they became one batch: one container, run side by side
            Assert.Single(sink.Records.Select(r => r.Container).Distinct());
            Assert.Equal(1, outcome.ContainersCreated);
            Assert.All(sink.Records, r => Assert.True(r.ColdStart));

            // And each waited 0.92 s for the tick, then bus 0.008 + creation 0.6 + /run and setup 0.405
            Assert.All(sink.Records, r => Assert.Equal(0.92, r.QueueTime.Seconds, Tick));
            Assert.All(sink.Records, r => Assert.Equal(2.013, r.WorkerStart.Seconds, Tick));
        }

        [Fact]
        public void Batches_leave_at_the_tick_instants_with_the_calls_admitted_since_the_last_tick()
        {
            // Given ten calls leaving the client 0.15 s apart from 0.03: admitted at 0.08, 0.23, ... 1.43
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([4], 2048), Spaced(0.15), "faasbatch", new JobListWorkload(Sleep(0, 0.0, 10, 5.0)));

            var records = sink.OfJob(0);

            // Then calls 0..6 (admitted by 0.98) left at the 1.0 tick, calls 7..9 at the 2.0 tick
            Assert.All(records.Take(7), r => Assert.Equal(1.0, TickOf(r), Tick));
            Assert.All(records.Skip(7), r => Assert.Equal(2.0, TickOf(r), Tick));

            // And the second batch needed a new container, the first being busy: 2 containers for 10 calls
            Assert.Single(records.Take(7).Select(r => r.Container).Distinct());
            Assert.Single(records.Skip(7).Select(r => r.Container).Distinct());
            Assert.NotEqual(records[0].Container, records[9].Container);
            Assert.Equal(2, outcome.ContainersCreated);
        }

        [Theory]
        [InlineData("faasbatch:interval=0.5", 0.5)]
        [InlineData("faasbatch:interval=0.05", 0.05)]
        public void The_policys_interval_overrides_the_default(string policy, double intervalS)
        {
            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([4], 4096), Spaced(0.07), policy, new JobListWorkload(Sleep(0, 0.0, 12, 0.5)));

            Assert.All(sink.Records, r =>
            {
                double tick = TickOf(r);
                Assert.Equal(Math.Round(tick / intervalS) * intervalS, tick, Tick);
                Assert.InRange(r.QueueTime.Seconds, 0, intervalS);
            });
        }

        [Fact]
        public void Far_fewer_containers_are_provisioned_than_invocations()
        {
            // Given 40 calls spread over about 4 s
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([8, 8], 4096), Spaced(0.1), "faasbatch", new JobListWorkload(Sleep(0, 0.0, 40, 0.5)));

            Assert.Equal(40, sink.Records.Count);
            Assert.InRange(outcome.ContainersCreated, 1, 5);
        }

        [Fact]
        public void Each_function_gets_its_own_batch()
        {
            // Given two functions called in the same interval
            var workload = new JobListWorkload(Sleep(0, 0.0, 4, 1.0, function: "f"), Sleep(1, 0.0, 4, 1.0, function: "g"));

            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([4], 4096), HandWorked.Parameters, "faasbatch", workload);

            Assert.Single(sink.OfJob(0).Select(r => r.Container).Distinct());
            Assert.Single(sink.OfJob(1).Select(r => r.Container).Distinct());
            Assert.NotEqual(sink.OfJob(0)[0].Container, sink.OfJob(1)[0].Container);
        }
    }

    public sealed class ContainerReuse
    {
        [Fact]
        public void An_idle_container_of_the_function_is_reused_most_recently_used_first()
        {
            // Given two invokers; batch A (tick 1) gets container X on invoker0; batch B (tick 2) finds X busy and
            // gets Y on invoker1 (more free memory); X frees at about 7.1 s, Y at about 8.1 s
            var workload = new JobListWorkload(
                Sleep(0, 0.0, 3, 5.0),
                Sleep(1, 1.5, 3, 5.0),
                Sleep(2, 20.0, 3, 5.0),
                Sleep(3, 21.5, 3, 5.0));

            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([4, 4], 2048), HandWorked.Parameters, "faasbatch", workload);

            var x = sink.OfJob(0)[0];
            var y = sink.OfJob(1)[0];
            Assert.Equal(("invoker0", "invoker1"), (x.Invoker, y.Invoker));

            // Then the batch at 21 reuses Y, the most recently used, warm
            Assert.All(sink.OfJob(2), r => Assert.Equal((y.Container, false), (r.Container, r.ColdStart)));

            // And the batch at 22, with Y busy, reuses X
            Assert.All(sink.OfJob(3), r => Assert.Equal((x.Container, false), (r.Container, r.ColdStart)));
            Assert.Equal(2, outcome.ContainersCreated);
        }

        [Fact]
        public void The_storage_client_is_created_once_per_container_instead_of_once_per_invocation()
        {
            // Given functions that need a storage client (creation 0.2 CPU-s, reuse 0.01 s) and wait 1 s
            var job = new JobRequest(0, SimTime.Zero, "guest", "io", 10, 256, _ => new FunctionWork(0, 1.0, NeedsStorageClient: true));

            var (_, batched) = Runs.Execute(ClusterSpec.Uniform([16], 4096), HandWorked.Parameters, "faasbatch", new JobListWorkload(job));
            var (_, classic) = Runs.Execute(ClusterSpec.Uniform([16], 4096), HandWorked.Parameters, "classic", new JobListWorkload(job));

            // Then in the batch one invocation creates it and nine reuse it
            var exec = batched.Records.Select(r => Math.Round(r.FuncExecTime.Seconds, 6)).Order().ToArray();
            Assert.Equal([.. Enumerable.Repeat(1.01, 9), 1.2], exec);

            // While classic pays it in every container
            Assert.All(classic.Records, r => Assert.Equal(1.2, r.FuncExecTime.Seconds, Tick));
        }
    }
}
