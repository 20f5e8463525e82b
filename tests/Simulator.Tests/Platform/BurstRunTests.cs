using Burstsim.Simulator;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Burst group invocations end to end: CPU accounting, what happens when bursts do not fit, and the layout.</summary>
public sealed class BurstRunTests
{
    private const double Tick = 1e-6;

    private static PlatformParameters NoFit(BurstNoFit mode) => HandWorked.Parameters with { BurstNoFit = mode };

    /// <summary>Five bursts from three tenants over 3 s, 150 workers in all on a 132-CPU cluster: some must wait.</summary>
    private static JobListWorkload Competing() => new(
        Sleep(0, 0.0, 60, 2.0, tenant: "alice"),
        Sleep(1, 0.2, 40, 1.0, tenant: "bob"),
        Cpu(2, 0.4, 20, 1.5, tenant: "carol"),
        Sleep(3, 1.0, 25, 0.5, tenant: "bob"),
        Sleep(4, 3.0, 5, 0.5, tenant: "alice"));

    public sealed class CpuAccounting
    {
        [Theory]
        [InlineData("burst", BurstNoFit.Wait)]
        [InlineData("burst:g=6", BurstNoFit.Wait)]
        [InlineData("burst:g=4,join", BurstNoFit.Wait)]
        [InlineData("burst", BurstNoFit.Partial)]
        [InlineData("burst:g=6", BurstNoFit.Partial)]
        [InlineData("burst:g=5", BurstNoFit.Reject)]
        public void No_invoker_ever_holds_more_exclusive_CPUs_than_it_has(string policy, BurstNoFit mode)
        {
            // Given competing bursts on the thesis cluster (24, 48, 48, 12 CPUs)
            var cluster = ClusterSpec.Thesis();
            var deployment = new Deployment(cluster, NoFit(mode), PolicySpec.Parse(policy));
            deployment.Submit(Competing().Jobs(new RandomStreams(1), 256).ToArray());
            var inventory = deployment.Platform.Bursts.FreeCpus;
            var invokers = deployment.Platform.Invokers;
            int mostHeld = 0;

            // When they run, checked after every event
            deployment.Run(() =>
            {
                for (int i = 0; i < invokers.Length; i++)
                {
                    int cpus = invokers[i].Spec.Cpus;
                    Assert.InRange(invokers[i].Cpu.Exclusive, 0, cpus);

                    // the controller never promises CPUs an invoker still holds (reports only lag behind)
                    Assert.InRange(inventory[i], 0, cpus - invokers[i].Cpu.Exclusive);
                    mostHeld = Math.Max(mostHeld, invokers[i].Cpu.Exclusive);
                }
            });

            // Then bursts did run, and from the records too no invoker ran more workers than CPUs at once
            Assert.True(mostHeld > 0);
            foreach (var onInvoker in deployment.Records.GroupBy(r => r.Invoker))
            {
                int cpus = cluster.Invokers.Single(i => i.Name == onInvoker.Key).Cpus;
                Assert.InRange(Intervals.MaxOverlap(onInvoker.Select(r => (r.WorkerFuncStart, r.WorkerFuncEnd))), 1, cpus);
            }
        }

        [Theory]
        [InlineData("burst")]
        [InlineData("burst:g=6")]
        [InlineData("burst:join")]
        [InlineData("burst:g=3,join")]
        public void Every_CPU_is_back_in_the_inventory_after_all_bursts(string policy)
        {
            // Given competing bursts
            // When they all ran
            var (outcome, _) = Runs.Execute(ClusterSpec.Thesis(), HandWorked.Parameters, policy, Competing());

            // Then the controller's inventory equals each invoker's CPUs
            Assert.Equal([24, 48, 48, 12], outcome.FinalInventory);
            Assert.Equal(150, outcome.FunctionsReported);
        }

        [Fact]
        public void The_inventory_is_whole_again_even_when_the_last_report_lags_the_client()
        {
            // Given invokers whose free-CPU reports take longer than the client's monitoring interval
            var parameters = HandWorked.Parameters with
            {
                Controller = HandWorked.Parameters.Controller with { InventoryReportDelayS = 5.0 },
            };

            // When a burst ends and the client reports it before the controller hears of the freed CPUs
            var (outcome, _) = Runs.Execute(ClusterSpec.Uniform([8, 8], 4096), parameters, "burst", new JobListWorkload(Sleep(0, 0.0, 12, 1.0)));

            // Then the outcome still shows every CPU returned
            Assert.Equal([8, 8], outcome.FinalInventory);
        }
    }

    public sealed class WhenTheClusterIsShort
    {
        // One invoker of 4 CPUs: burst 0 takes 3 CPUs for 5 s; burst 1 (3 workers) arrives at 0.5 s.
        private static JobListWorkload TwoBursts(double secondSleepS = 1.0) =>
            new(Sleep(0, 0.0, 3, 5.0, tenant: "alice"), Sleep(1, 0.5, 3, secondSleepS, tenant: "bob"));

        [Fact]
        public void Wait_holds_the_whole_second_burst_until_the_first_frees_its_CPUs()
        {
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), NoFit(BurstNoFit.Wait), "burst", TwoBursts());

            var first = sink.OfJob(0);
            var second = sink.OfJob(1);
            Assert.All(second, r => Assert.True(r.WorkerStart > first.Max(f => f.WorkerEnd)));
            Assert.Single(outcome.BurstLayout, p => p.JobId == 1); // placed in one go
            Assert.Empty(outcome.Errors);
        }

        [Fact]
        public void Partial_starts_what_fits_at_once_and_the_rest_when_CPUs_free()
        {
            // Given a second burst that runs 10 s, so its first worker holds the spare CPU past the first burst
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), NoFit(BurstNoFit.Partial), "burst", TwoBursts(secondSleepS: 10.0));

            var first = sink.OfJob(0);
            var firstEnd = first.Max(f => f.WorkerEnd);
            var second = sink.OfJob(1);

            // Then worker 0 started at once on the spare CPU; workers 1 and 2 only when the first burst freed its 3
            Assert.True(second[0].WorkerStart < first.Min(f => f.WorkerEnd));
            Assert.All(second.Skip(1), r => Assert.True(r.WorkerStart > firstEnd));
            var layout = outcome.BurstLayout.Where(p => p.JobId == 1).ToArray();
            Assert.Equal([(0, 0), (1, 2)], layout.Select(p => (p.FirstWorker, p.LastWorker)));
            Assert.Equal([4], outcome.FinalInventory);
        }

        [Fact]
        public void Partial_runs_a_burst_larger_than_the_cluster_in_rounds()
        {
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([4, 2], 4096), NoFit(BurstNoFit.Partial), "burst", new JobListWorkload(Sleep(0, 0.0, 14, 1.0)));

            Assert.Equal(Enumerable.Range(0, 14), sink.Records.Select(r => r.FunctionId).Order());
            Assert.InRange(Intervals.MaxOverlap(sink.Records.Select(r => (r.WorkerStart, r.WorkerEnd))), 1, 6);
            Assert.Equal([4, 2], outcome.FinalInventory);
        }

        [Fact]
        public void Reject_refuses_the_burst_that_does_not_fit_names_it_and_runs_nothing_of_it()
        {
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), NoFit(BurstNoFit.Reject), "burst", TwoBursts());

            var error = Assert.Single(outcome.Errors);
            Assert.Contains("job 1", error, StringComparison.Ordinal);
            Assert.Contains("bob", error, StringComparison.Ordinal);
            Assert.Empty(sink.OfJob(1));
            Assert.DoesNotContain(outcome.BurstLayout, p => p.JobId == 1);
            Assert.Equal(3, sink.OfJob(0).Count);
            Assert.Equal(3, outcome.FunctionsReported);
        }

        [Fact]
        public void Reject_refuses_a_burst_larger_than_the_cluster()
        {
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), NoFit(BurstNoFit.Reject), "burst", new JobListWorkload(Sleep(0, 0.0, 5, 1.0)));

            Assert.Contains("job 0", Assert.Single(outcome.Errors), StringComparison.Ordinal);
            Assert.Empty(sink.Records);
        }

        [Fact]
        public void Under_wait_a_burst_larger_than_the_cluster_is_an_argument_error()
        {
            Assert.Throws<InvalidSetupException>(() =>
                Runs.Execute(ClusterSpec.Uniform([4, 4], 4096), NoFit(BurstNoFit.Wait), "burst", new JobListWorkload(Sleep(0, 0.0, 9, 1.0))));
        }

        [Theory]
        [InlineData("burst:g=6", BurstNoFit.Wait)]
        [InlineData("burst:g=6,join", BurstNoFit.Wait)]
        [InlineData("burst:g=6", BurstNoFit.Partial)]
        public void A_pack_larger_than_every_invoker_is_an_argument_error(string policy, BurstNoFit mode)
        {
            // Given 8 CPUs in all but no invoker with 6: a pack of 6 can never be placed
            var error = Assert.Throws<InvalidSetupException>(() =>
                Runs.Execute(ClusterSpec.Uniform([4, 4], 4096), NoFit(mode), policy, new JobListWorkload(Sleep(0, 0.0, 8, 1.0))));

            Assert.Contains("never fit", error.Message, StringComparison.Ordinal);
            Assert.Contains("packs of 6", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Under_partial_a_pack_that_fits_one_invoker_is_accepted_although_the_burst_does_not_fit_the_cluster()
        {
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([6, 4], 4096), NoFit(BurstNoFit.Partial), "burst:g=6", new JobListWorkload(Sleep(0, 0.0, 20, 1.0)));

            Assert.Equal(20, sink.Records.Count);
            Assert.All(outcome.BurstLayout.Where(p => p.LastWorker - p.FirstWorker + 1 == 6), p => Assert.Equal("invoker0", p.Invoker)); // only there
            Assert.Equal(4, outcome.BurstLayout.Count);
            Assert.Equal([6, 4], outcome.FinalInventory);
        }

        [Fact]
        public void Under_wait_a_later_burst_does_not_overtake_a_waiting_one()
        {
            // Given 4 CPUs: burst 0 holds 3, burst 1 (2 workers) waits, burst 2 (1 worker) would fit now
            var workload = new JobListWorkload(
                Sleep(0, 0.0, 3, 5.0, tenant: "alice"),
                Sleep(1, 0.5, 2, 1.0, tenant: "bob"),
                Sleep(2, 1.0, 1, 1.0, tenant: "carol"));

            var (_, sink) = Runs.Execute(Runs.OneInvoker(4, 4096), NoFit(BurstNoFit.Wait), "burst", workload);

            // Then bursts are placed first come, first served
            Assert.True(Assert.Single(sink.OfJob(2)).WorkerStart >= sink.OfJob(1).Min(r => r.WorkerStart));
        }
    }

    public sealed class Layout
    {
        [Theory]
        [InlineData("burst")]
        [InlineData("burst:g=6")]
        [InlineData("burst:g=7,join")]
        [InlineData("burst:g=1")]
        public void Each_jobs_ranges_are_contiguous_disjoint_and_cover_every_worker_once(string policy)
        {
            var workload = Competing();
            var (outcome, sink) = Runs.Execute(ClusterSpec.Thesis(), HandWorked.Parameters, policy, workload);

            foreach (var job in workload.Jobs(new RandomStreams(1), 256))
            {
                // ranges in launch order continue one another from 0 to N-1
                var ranges = outcome.BurstLayout.Where(p => p.JobId == job.JobId).ToArray();
                int next = 0;
                foreach (var pack in ranges)
                {
                    Assert.Equal(next, pack.FirstWorker);
                    Assert.True(pack.LastWorker >= pack.FirstWorker);
                    next = pack.LastWorker + 1;
                }

                Assert.Equal(job.Functions, next);
            }

            // container names are unique to one pack and match the records' invoker and container columns
            Assert.Equal(outcome.BurstLayout.Count, outcome.BurstLayout.Select(p => p.Container).Distinct().Count());
            Assert.All(sink.Records, r =>
            {
                var pack = Assert.Single(outcome.BurstLayout, p => p.JobId == r.JobId && p.FirstWorker <= r.FunctionId && r.FunctionId <= p.LastWorker);
                Assert.Equal(pack.Container, r.Container);
                Assert.Equal(pack.Invoker, r.Invoker);
            });
        }

        [Fact]
        public void Sixty_workers_on_two_32_CPU_invokers_heterogeneous_use_two_containers()
        {
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([32, 32], 30000), HandWorked.Parameters, "burst", new JobListWorkload(Sleep(0, 0.0, 60, 1.0)));

            Assert.Equal(
                [("invoker0", 0, 31), ("invoker1", 32, 59)],
                outcome.BurstLayout.Select(p => (p.Invoker, p.FirstWorker, p.LastWorker)));
            Assert.Equal(2, outcome.ContainersCreated);
            Assert.Equal(2, sink.Records.Select(r => r.Container).Distinct().Count());
        }

        [Fact]
        public void Sixty_workers_with_g_6_use_ten_containers_five_per_invoker()
        {
            var (outcome, _) = Runs.Execute(ClusterSpec.Uniform([32, 32], 30000), HandWorked.Parameters, "burst:g=6", new JobListWorkload(Sleep(0, 0.0, 60, 1.0)));

            Assert.Equal(10, outcome.ContainersCreated);
            Assert.All(outcome.BurstLayout.GroupBy(p => p.Invoker), g => Assert.Equal(5, g.Count()));
        }
    }

    public sealed class Timing
    {
        [Fact]
        public void Workers_of_a_pack_start_the_fork_delay_apart_and_packs_the_serial_daemon_part_apart()
        {
            // Given one invoker of 8 CPUs and a burst of 8 in packs of 4, hand-worked path:
            // call at 0.03, controller places at 0.08, invoker at 0.088; pack 0 up at 0.388 + /init 0.3 = 0.688,
            // pack 1 0.1 s later; /run + setup 0.405; workers forked 0.01 s apart
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 4096), HandWorked.Parameters, "burst:g=4", new JobListWorkload(Sleep(0, 0.0, 8, 1.0)));

            var records = sink.OfJob(0);
            double[] expected = [1.093, 1.103, 1.113, 1.123, 1.193, 1.203, 1.213, 1.223];
            Assert.Equal(expected, records.Select(r => r.WorkerStart.Seconds), (x, y) => Math.Abs(x - y) < Tick);
            Assert.All(records, r => Assert.Equal(0.03, r.HostSubmit.Seconds, Tick));
            Assert.All(records, r => Assert.True(r.ColdStart));
        }

        [Fact]
        public void A_burst_sends_one_call_and_one_bus_message_per_pack()
        {
            var deployment = new Deployment(ClusterSpec.Uniform([32, 32], 30000), HandWorked.Parameters, PolicySpec.Parse("burst:g=6"));
            deployment.Submit(Sleep(0, 0.0, 62, 1.0));

            deployment.Run();

            Assert.Equal(11, deployment.Platform.Bus.Messages);
        }
    }

    public sealed class MultiTenant
    {
        [Theory]
        [InlineData("burst")]
        [InlineData("burst:g=4")]
        public void Bursts_of_several_tenants_that_fit_together_all_run_at_once(string policy)
        {
            // Given three tenants' bursts of 20, 30 and 40 arriving together on 132 CPUs
            var workload = new JobListWorkload(
                Sleep(0, 0.0, 20, 5.0, tenant: "alice"),
                Sleep(1, 0.0, 30, 5.0, tenant: "bob"),
                Sleep(2, 0.0, 40, 5.0, tenant: "carol"));

            var (outcome, sink) = Runs.Execute(ClusterSpec.Thesis(), HandWorked.Parameters, policy, workload);

            // Then all 90 workers run at the same time, no container is shared between tenants, and the CPUs come back
            Assert.Equal(90, Intervals.MaxOverlap(sink.Records.Select(r => (r.WorkerFuncStart, r.WorkerFuncEnd))));
            Assert.All(sink.Records.GroupBy(r => r.Container), g => Assert.Single(g.Select(r => r.Tenant).Distinct()));
            Assert.Equal([24, 48, 48, 12], outcome.FinalInventory);
        }
    }
}
