using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>
/// The invoker's container pool, driven through a one-invoker deployment with hand-worked latencies.
/// Lithops deploys one action per runtime (and memory) in a namespace, so the tests tell actions apart by tenant.
/// </summary>
public sealed class ContainerPoolTests
{
    private const double Tick = 1e-6;

    private static RecordingSink Run(int userMemoryMb, params JobRequest[] jobs)
    {
        var (outcome, sink) = Runs.Execute(Runs.OneInvoker(cpus: 8, userMemoryMb), HandWorked.Parameters, "classic", new JobListWorkload(jobs));
        Assert.Equal(jobs.Sum(j => j.Functions), outcome.FunctionsReported);
        return sink;
    }

    private static ActivationRecord Only(RecordingSink sink, int jobId) => Assert.Single(sink.OfJob(jobId));

    public sealed class WarmReuse
    {
        [Fact]
        public void A_second_call_after_the_first_finished_reuses_its_container_warm()
        {
            // Given one call of an action at 0 and another at 10, long after the first ended
            var sink = Run(1024, Sleep(0, 0.0, 1, 1.0, tenant: "alice"), Sleep(1, 10.0, 1, 1.0, tenant: "alice"));

            // Then the second runs warm in the same container, without creation time or queueing
            var first = Only(sink, 0);
            var second = Only(sink, 1);
            Assert.True(first.ColdStart);
            Assert.False(second.ColdStart);
            Assert.Equal(first.Container, second.Container);
            Assert.Equal(TimeSpanZero, second.ColdStartTime.Seconds);
            Assert.Equal(TimeSpanZero, second.QueueTime.Seconds);

            // And it starts as soon as the request reaches the invoker plus /run and the worker setup
            Assert.Equal(HandWorked.AtInvokerS(10.0) + HandWorked.RunToWorkerStartS, second.WorkerStart.Seconds, Tick);
        }

        [Fact]
        public void A_paused_container_is_unpaused_before_reuse()
        {
            // Given a second call after the pause grace (10 s) of the first's container
            var sink = Run(1024, Sleep(0, 0.0, 1, 1.0, tenant: "alice"), Sleep(1, 20.0, 1, 1.0, tenant: "alice"));

            // Then it is still warm but pays the unpause
            var second = Only(sink, 1);
            Assert.False(second.ColdStart);
            Assert.Equal(HandWorked.AtInvokerS(20.0) + HandWorked.Parameters.Invoker.UnpauseS.MedianS + HandWorked.RunToWorkerStartS, second.WorkerStart.Seconds, Tick);
        }

        [Fact]
        public void A_container_is_paused_again_after_every_idle_period_longer_than_the_grace()
        {
            // Given calls of one action at 0, 20, 40 and 45: the first three each find the container idle for more than
            // the 10 s grace (1 s sleep: idle from about 1.9, 21.9), the fourth 3.9 s after the third ended
            var workload = new JobListWorkload(
                Sleep(0, 0.0, 1, 1.0, tenant: "alice"), Sleep(1, 20.0, 1, 1.0, tenant: "alice"),
                Sleep(2, 40.0, 1, 1.0, tenant: "alice"), Sleep(3, 45.0, 1, 1.0, tenant: "alice"));
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), HandWorked.Parameters, "classic", workload);
            Assert.Equal(4, outcome.FunctionsReported);

            // Then every call runs in the first container, the second and the third pay the unpause (OpenWhisk's
            // ContainerProxy pauses after each idle period, not once in the container's life), the fourth does not
            double unpause = HandWorked.Parameters.Invoker.UnpauseS.MedianS;
            Assert.All(sink.Records, r => Assert.Equal(Only(sink, 0).Container, r.Container));
            Assert.Equal(HandWorked.AtInvokerS(20.0) + unpause + HandWorked.RunToWorkerStartS, Only(sink, 1).WorkerStart.Seconds, Tick);
            Assert.Equal(HandWorked.AtInvokerS(40.0) + unpause + HandWorked.RunToWorkerStartS, Only(sink, 2).WorkerStart.Seconds, Tick);
            Assert.Equal(HandWorked.AtInvokerS(45.0) + HandWorked.RunToWorkerStartS, Only(sink, 3).WorkerStart.Seconds, Tick);
        }

        [Fact]
        public void Another_action_never_reuses_the_container()
        {
            var sink = Run(1024, Sleep(0, 0.0, 1, 1.0, tenant: "alice"), Sleep(1, 10.0, 1, 1.0, tenant: "bob"));

            Assert.True(Only(sink, 1).ColdStart);
            Assert.NotEqual(Only(sink, 0).Container, Only(sink, 1).Container);
        }

        [Fact]
        public void A_container_idle_beyond_the_idle_timeout_is_removed_and_the_next_call_is_cold()
        {
            // Given an idle timeout of 30 s
            var parameters = HandWorked.Parameters with { Invoker = HandWorked.Parameters.Invoker with { IdleTimeoutS = 30 } };
            var workload = new JobListWorkload(Sleep(0, 0.0, 1, 1.0, tenant: "alice"), Sleep(1, 20.0, 1, 1.0, tenant: "alice"), Sleep(2, 80.0, 1, 1.0, tenant: "alice"));

            // When calls come at 0, 20 (within the timeout) and 80 (50 s after the last use)
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), parameters, "classic", workload);

            // Then the second is warm and the third cold in a new container
            Assert.False(Only(sink, 1).ColdStart);
            Assert.True(Only(sink, 2).ColdStart);
            Assert.NotEqual(Only(sink, 0).Container, Only(sink, 2).Container);
            Assert.Equal(2, outcome.ContainersCreated);
        }

        private const double TimeSpanZero = 0.0;
    }

    public sealed class ColdStart
    {
        [Fact]
        public void Calls_arriving_together_each_get_a_new_container_through_the_serial_daemon()
        {
            // Given two calls of one action reaching an empty invoker at the same instant
            var sink = Run(1024, Sleep(0, 0.0, 2, 1.0, tenant: "alice"));

            // Then both are cold in different containers
            var records = sink.OfJob(0);
            Assert.All(records, r => Assert.True(r.ColdStart));
            Assert.Equal(2, records.Select(r => r.Container).Distinct().Count());

            // And creation took docker run (0.1 serial + 0.2) + /init 0.3 = 0.6 s, the second 0.1 s more
            var created = records.Select(r => r.ColdStartTime.Seconds).Order().ToArray();
            Assert.Equal(0.6, created[0], Tick);
            Assert.Equal(0.7, created[1], Tick);
        }

        [Fact]
        public void A_lone_cold_call_follows_the_hand_worked_path()
        {
            // Given one sleep(1) call at 0 on an empty invoker
            var r = Only(Run(1024, Sleep(0, 0.0, 1, 1.0)), 0);

            // Then: submit at 0.03; at the invoker at 0.088; docker + init until 0.688;
            // worker_start 1.093; func 1.173..2.173; worker_end 2.176
            Assert.Equal(0.0, r.HostJobCreate.Seconds, Tick);
            Assert.Equal(0.03, r.HostSubmit.Seconds, Tick);
            Assert.Equal(1.093, r.WorkerStart.Seconds, Tick);
            Assert.Equal(1.173, r.WorkerFuncStart.Seconds, Tick);
            Assert.Equal(2.173, r.WorkerFuncEnd.Seconds, Tick);
            Assert.Equal(2.176, r.WorkerEnd.Seconds, Tick);
            Assert.Equal(0.6, r.ColdStartTime.Seconds, Tick);
            Assert.Equal(0.0, r.QueueTime.Seconds, Tick);
            Assert.True(r.HostStatusDone >= r.WorkerEnd);
        }
    }

    public sealed class Eviction
    {
        [Fact]
        public void When_memory_is_full_idle_containers_of_other_actions_are_evicted_least_recently_used_first()
        {
            // Given an invoker with room for two 256 MB containers, and calls of A (0), B (3), C (10), B (20), A (30), B (40)
            var sink = Run(
                512,
                Sleep(0, 0.0, 1, 1.0, tenant: "alice"),
                Sleep(1, 3.0, 1, 1.0, tenant: "bob"),
                Sleep(2, 10.0, 1, 1.0, tenant: "carol"),
                Sleep(3, 20.0, 1, 1.0, tenant: "bob"),
                Sleep(4, 30.0, 1, 1.0, tenant: "alice"),
                Sleep(5, 40.0, 1, 1.0, tenant: "bob"));

            string a = Only(sink, 0).Container, b = Only(sink, 1).Container;

            // Then C evicts A's container (used longest ago), so B at 20 is still warm
            Assert.True(Only(sink, 2).ColdStart);
            Assert.False(Only(sink, 3).ColdStart);
            Assert.Equal(b, Only(sink, 3).Container);

            // And A at 30 is cold again: it evicts C's container (last used at 10), not B's (20)
            Assert.True(Only(sink, 4).ColdStart);
            Assert.NotEqual(a, Only(sink, 4).Container);
            Assert.False(Only(sink, 5).ColdStart);
            Assert.Equal(b, Only(sink, 5).Container);
        }

        [Fact]
        public void A_container_reused_before_an_eviction_is_evicted_and_counted_once()
        {
            // Found by the randomised suite. alice's container is released twice (calls at 0 and 3), bob's once (10);
            // carol's 512 MB container (20) must evict both of them from the 512 MB pool
            var deployment = new Deployment(Runs.OneInvoker(cpus: 8, userMemoryMb: 512), HandWorked.Parameters, Burstsim.Simulator.Scheduling.PolicySpec.Classic);
            deployment.Submit(
                Sleep(0, 0.0, 1, 1.0, tenant: "alice"),
                Sleep(1, 3.0, 1, 1.0, tenant: "alice"),
                Sleep(2, 10.0, 1, 1.0, tenant: "bob"),
                Sleep(3, 20.0, 1, 1.0, tenant: "carol", memoryMb: 512),
                Sleep(4, 30.0, 1, 1.0, tenant: "bob"));
            var pool = deployment.Platform.Invokers[0].Pool;

            deployment.Run(() => Assert.InRange(pool.UsedMb, 0, 512));
            deployment.Sim.Run(); // idle timers remove what is left

            // Then bob's container was evicted too (his call at 30 is cold), and the pool's memory comes back to exactly 0
            Assert.False(Only(deployment.Sink, 1).ColdStart);
            Assert.True(Only(deployment.Sink, 4).ColdStart);
            Assert.Equal(0, pool.UsedMb);
            Assert.Equal(0, pool.Containers);
        }

        [Fact]
        public void A_container_reused_many_times_is_listed_once_and_evicted_in_least_recently_used_order()
        {
            // Given alice's container released 60 times (a call every 3 s, far past the candidates' prune threshold of
            // 2 x containers + 16), then bob's used once after it, in a 512 MB pool
            var jobs = Enumerable.Range(0, 60).Select(k => Sleep(k, 3.0 * k, 1, 1.0, tenant: "alice")).ToList();
            jobs.Add(Sleep(60, 200.0, 1, 1.0, tenant: "bob"));
            jobs.Add(Sleep(61, 210.0, 1, 1.0, tenant: "carol"));
            jobs.Add(Sleep(62, 220.0, 1, 1.0, tenant: "bob"));
            var deployment = new Deployment(Runs.OneInvoker(cpus: 8, userMemoryMb: 512), HandWorked.Parameters, Burstsim.Simulator.Scheduling.PolicySpec.Classic);
            deployment.Submit([.. jobs]);
            var pool = deployment.Platform.Invokers[0].Pool;

            // Then while both are idle they count once each
            deployment.Sim.RunUntil(Burstsim.Simulator.Engine.SimTime.FromSeconds(205.0));
            Assert.Equal(512, pool.IdleMb);
            deployment.Run(() => Assert.InRange(pool.UsedMb, 0, 512));

            // And carol's call evicts alice's container (last used at 177), not bob's (200): bob's at 220 is warm
            var sink = deployment.Sink;
            Assert.All(Enumerable.Range(1, 59), k => Assert.Equal(Only(sink, 0).Container, Only(sink, k).Container));
            Assert.True(Only(sink, 61).ColdStart);
            Assert.False(Only(sink, 62).ColdStart);
            Assert.Equal(Only(sink, 60).Container, Only(sink, 62).Container);
        }

        [Fact]
        public void A_busy_container_is_never_evicted()
        {
            // Given room for one container, busy with A for 5 s, when B arrives
            var sink = Run(256, Sleep(0, 0.0, 1, 5.0, tenant: "alice"), Sleep(1, 1.0, 1, 1.0, tenant: "bob"));

            // Then B waits for A to end, then replaces its container
            Assert.True(Only(sink, 1).WorkerStart > Only(sink, 0).WorkerEnd);
            Assert.True(Only(sink, 1).ColdStart);
            Assert.True(Only(sink, 1).QueueTime.Seconds > 0);
        }
    }

    public sealed class Buffer
    {
        [Fact]
        public void Requests_that_find_no_memory_wait_and_run_in_arrival_order_reusing_the_freed_container()
        {
            // Given room for a single 256 MB container and four calls of one action at once
            var sink = Run(256, Sleep(0, 0.0, 4, 1.0));

            // Then they run one after the other in call order, all in the one container, only the first cold
            var records = sink.OfJob(0);
            Assert.Single(records.Select(r => r.Container).Distinct());
            Assert.Equal([true, false, false, false], records.Select(r => r.ColdStart));
            for (int i = 1; i < records.Count; i++)
            {
                Assert.True(records[i].WorkerStart > records[i - 1].WorkerEnd);
                Assert.True(records[i].QueueTime.Seconds > 0); // waited in the run buffer (the invoker peeks at most 2 ahead here)
            }
        }

        [Fact]
        public void A_later_request_does_not_overtake_the_buffer_head_even_when_it_could_run()
        {
            // Given room for 512 MB: two A calls of 256 MB (5 s), then a 512 MB call C, then another A
            var sink = Run(
                512,
                Sleep(0, 0.0, 2, 5.0, tenant: "alice"),
                Sleep(1, 1.0, 1, 1.0, tenant: "carol", memoryMb: 512),
                Sleep(2, 2.0, 1, 1.0, tenant: "alice"));

            var first = sink.OfJob(0);
            var c = Only(sink, 1);
            var later = Only(sink, 2);

            // Then C starts only when both A containers are idle (it evicts both) ...
            Assert.True(c.WorkerStart > first.Max(r => r.WorkerEnd));
            Assert.True(c.ColdStart);

            // ... and the later A, which a freed A container could have served, waits behind C
            Assert.True(later.WorkerStart > c.WorkerEnd);
            Assert.True(later.ColdStart);
        }
    }
}
