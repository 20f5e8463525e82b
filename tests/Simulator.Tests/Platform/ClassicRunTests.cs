using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Classic OpenWhisk + Lithops end to end: placement, CPU contention, namespace limits, max_workers.</summary>
public sealed class ClassicRunTests
{
    private const double Tick = 1e-6;

    /// <summary>Every container starts at once (no serial daemon part), so functions start together.</summary>
    private static PlatformParameters Simultaneous => HandWorked.Parameters with
    {
        Invoker = HandWorked.Parameters.Invoker with { DockerRunSerialS = 0.0 },
    };

    public sealed class Sharding
    {
        [Fact]
        public void A_job_fills_its_home_invoker_then_spills_to_the_next_by_the_step()
        {
            // Given 4 invokers of 2048 MB (eight 256 MB slots each) and 10 long calls of one action
            var cluster = ClusterSpec.Uniform([8, 8, 8, 8], 2048);
            var deployment = new Deployment(cluster, HandWorked.Parameters, PolicySpec.Classic);
            deployment.Submit(Sleep(0, 0.0, 10, 5.0));

            // When they run
            deployment.Run();

            // Then the action's hash picks home = hash % 4 and step = [1, 3][hash % 2]
            var balancer = Assert.IsType<ShardingBalancer>(BalancerOf(deployment));
            string action = ActionOf(deployment);
            int hash = ShardingBalancer.Hash("guest", action);
            int home = hash % 4;
            int next = (home + (hash % 2 == 0 ? 1 : 3)) % 4;
            var perInvoker = deployment.Records.GroupBy(r => r.Invoker).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(new Dictionary<string, int> { [$"invoker{home}"] = 8, [$"invoker{next}"] = 2 }, perInvoker);
            Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(2048, balancer.Slots.Free(i))); // every ack came back
        }

        [Fact]
        public void Round_robin_spreads_one_job_evenly()
        {
            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([8, 8, 8, 8], 2048), HandWorked.Parameters, "classic:round-robin", new JobListWorkload(Sleep(0, 0.0, 8, 1.0)));

            Assert.All(sink.Records.GroupBy(r => r.Invoker), g => Assert.Equal(2, g.Count()));
        }

        private static IInvokerBalancer BalancerOf(Deployment d) =>
            ((ClassicAdmission)d.Platform.Controller.Admission).Balancer;

        private static string ActionOf(Deployment d) => d.Platform.Invokers.SelectMany(i => IdleActions(i)).Distinct().Single();

        /// <summary>The actions with idle containers on the invoker (the pool makes its index at the first idle container).</summary>
        private static IEnumerable<string> IdleActions(Invoker invoker) =>
            (typeof(ContainerPool).GetField("_idleByAction", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(invoker.Pool) as System.Collections.IDictionary)?.Keys.Cast<string>() ?? [];
    }

    public sealed class CpuContention
    {
        [Fact]
        public void Four_one_CPU_second_Monte_Carlo_functions_on_a_two_CPU_invoker_take_two_seconds_each_under_classic()
        {
            // Given two invokers of 2 CPUs; sharding puts all four functions on the action's home invoker
            var workload = new MonteCarloWorkload(4, Points: 10_000_000, CpuSecondsPer10MPoints: 1.0);
            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([2, 2], 2048), Simultaneous, "classic", workload);

            // Then all four share 2 CPUs from the same instant: each gets half a CPU for 2 s
            Assert.Single(sink.Records.Select(r => r.Invoker).Distinct());
            Assert.All(sink.Records, r => Assert.Equal(2.0, r.FuncExecTime.Seconds, Tick));
        }

        [Theory]
        [InlineData("burst")]
        [InlineData("burst:g=1")]
        [InlineData("burst:g=2,join")]
        public void Under_burst_each_worker_has_a_dedicated_core_and_takes_its_CPU_time(string policy)
        {
            // Given the same cluster and workload
            var workload = new MonteCarloWorkload(4, Points: 10_000_000, CpuSecondsPer10MPoints: 1.0);
            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([2, 2], 2048), Simultaneous, policy, workload);

            // Then every worker runs 1 s: two per invoker, one CPU each
            Assert.Equal(4, sink.Records.Count);
            Assert.All(sink.Records.GroupBy(r => r.Invoker), g => Assert.Equal(2, g.Count()));
            Assert.All(sink.Records, r => Assert.Equal(1.0, r.FuncExecTime.Seconds, Tick));
        }

        [Fact]
        public void Without_contention_a_classic_function_runs_at_full_speed()
        {
            var workload = new MonteCarloWorkload(4, Points: 20_000_000, CpuSecondsPer10MPoints: 1.0);
            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([4], 2048), Simultaneous, "classic", workload);

            Assert.All(sink.Records, r => Assert.Equal(2.0, r.FuncExecTime.Seconds, Tick));
        }

        [Fact]
        public void Under_contention_cpu_shares_follow_container_memory()
        {
            // Given a 1-CPU invoker of 2048 MB: a 512 MB container weighs 256, a 256 MB one 128
            var workload = new JobListWorkload(
                Cpu(0, 0.0, 1, 1.0, tenant: "alice", memoryMb: 512),
                Cpu(1, 0.0, 1, 1.0, tenant: "bob", memoryMb: 256));

            // When both run 1 CPU-s from the same instant
            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([1], 2048), Simultaneous, "classic", workload);

            // Then 2/3 vs 1/3 of the CPU: the heavier ends after 1.5 s, the lighter after 2 s
            Assert.Equal(1.5, Assert.Single(sink.OfJob(0)).FuncExecTime.Seconds, Tick);
            Assert.Equal(2.0, Assert.Single(sink.OfJob(1)).FuncExecTime.Seconds, Tick);
        }

        [Fact]
        public void Sleeping_functions_are_not_stretched_by_contention()
        {
            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([1], 4096), Simultaneous, "classic", new JobListWorkload(Sleep(0, 0.0, 8, 3.0)));

            Assert.All(sink.Records, r => Assert.Equal(3.0, r.FuncExecTime.Seconds, Tick));
        }
    }

    public sealed class NamespaceLimits
    {
        private static PlatformParameters Limits(int concurrent, int perMinute) => HandWorked.Parameters with
        {
            Controller = HandWorked.Parameters.Controller with { ConcurrentLimit = concurrent, PerMinuteLimit = perMinute },
        };

        [Fact]
        public void Over_the_concurrent_limit_calls_get_429_are_retried_and_all_complete_exactly_once()
        {
            // Given a namespace limit of 5 concurrent invocations and 20 calls
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([32], 30000), Limits(5, 100_000), "classic", new JobListWorkload(Sleep(0, 0.0, 20, 1.0)));

            // Then some were throttled, yet every function ran once
            Assert.True(outcome.Throttled > 0);
            Assert.Equal(Enumerable.Range(0, 20), sink.Records.Select(r => r.FunctionId).Order());

            // And never more than 5 ran at once
            Assert.InRange(Intervals.MaxOverlap(sink.Records.Select(r => (r.WorkerStart, r.WorkerEnd))), 1, 5);
        }

        [Fact]
        public void A_throttled_call_is_retried_within_five_seconds_until_the_minute_window_opens()
        {
            // Given at most 5 invocations per minute and 6 short calls: five are admitted at 0.08 s
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([32], 30000), Limits(100_000, 5), "classic", new JobListWorkload(Sleep(0, 0.0, 6, 0.1)));

            // Then the sixth was admitted once the first admission left the window (at 60.08 s), and
            // because each retry comes at most 5 s (+ HTTP there and back + controller) after a 429,
            // no later than 65.14 s; Lithops stamps host_submit at the last try, 0.05 s before admission
            var late = Assert.Single(sink.Records, r => r.HostSubmit.Seconds > 1);
            Assert.InRange(late.HostSubmit.Seconds, 60.03 - Tick, 65.09 + Tick);

            // And it was refused at least once every 5.06 s from 0.08 to 60.08
            Assert.True(outcome.Throttled >= 12, $"throttled {outcome.Throttled}");
            Assert.Equal(6, outcome.FunctionsReported);
        }

        [Fact]
        public void Different_namespaces_have_separate_limits()
        {
            // Given a concurrent limit of 5 and two tenants of 5 calls each
            var workload = new JobListWorkload(Sleep(0, 0.0, 5, 1.0, tenant: "alice"), Sleep(1, 0.0, 5, 1.0, tenant: "bob"));

            var (outcome, _) = Runs.Execute(ClusterSpec.Uniform([32], 30000), Limits(5, 100_000), "classic", workload);

            Assert.Equal(0, outcome.Throttled);
        }
    }

    public sealed class MaxWorkers
    {
        [Fact]
        public void At_most_max_workers_calls_are_in_flight_and_all_complete()
        {
            // Given max_workers = 10 and 30 functions
            var parameters = HandWorked.Parameters with { Client = HandWorked.Parameters.Client with { MaxWorkers = 10 } };

            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([32], 30000), parameters, "classic", new JobListWorkload(Sleep(0, 0.0, 30, 1.0)));

            // Then never more than 10 between submission and worker end, and exactly 10 at first
            Assert.Equal(10, Intervals.MaxOverlap(sink.Records.Select(r => (r.HostSubmit, r.WorkerEnd))));
            Assert.Equal(10, Intervals.MaxOverlap(sink.Records.Select(r => (r.WorkerFuncStart, r.WorkerFuncEnd))));
            Assert.Equal(30, outcome.FunctionsReported);
            Assert.Equal(Enumerable.Range(0, 30), sink.Records.Select(r => r.FunctionId).Order());
        }

        [Fact]
        public void A_new_call_leaves_only_after_the_monitor_saw_a_finished_one()
        {
            var parameters = HandWorked.Parameters with { Client = HandWorked.Parameters.Client with { MaxWorkers = 2 } };

            var (_, sink) = Runs.Execute(ClusterSpec.Uniform([32], 30000), parameters, "classic", new JobListWorkload(Sleep(0, 0.0, 4, 1.0)));

            var records = sink.OfJob(0);
            var firstStatus = records.Take(2).Min(r => r.HostStatusDone);
            Assert.All(records.Skip(2), r => Assert.True(r.HostSubmit >= records.Take(2).Min(x => x.WorkerEnd)));
            Assert.True(firstStatus >= records.Take(2).Min(r => r.WorkerEnd));
        }
    }
}
