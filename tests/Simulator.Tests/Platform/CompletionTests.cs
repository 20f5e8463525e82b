using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Tests.Support;
using Burstsim.Simulator.Workloads;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Whatever the policy, every function of every job is reported once, with its timestamps in path order.</summary>
public sealed class CompletionTests
{
    public static TheoryData<string> Policies => new()
    {
        "classic",
        "classic:round-robin",
        "classic:least-loaded",
        "classic:random",
        "burst",
        "burst:g=1",
        "burst:g=6",
        "burst:join",
        "burst:g=4,join",
        "faasbatch",
        "faasbatch:interval=0.05",
    };

    /// <summary>Three tenants, two actions, sleeping and CPU-bound, staggered arrivals; at most 40 workers per job.</summary>
    private static JobListWorkload MultiTenant() => new(
        Sleep(0, 0.0, 25, 2.0, tenant: "alice"),
        Sleep(1, 0.3, 40, 1.0, tenant: "bob"),
        Cpu(2, 1.0, 7, 0.5, tenant: "guest", function: "montecarlo"),
        Sleep(3, 4.0, 12, 0.5, tenant: "alice", memoryMb: 512),
        new JobRequest(4, SimTime.FromSeconds(4.0), "bob", "mixed", 9, 256, i => new FunctionWork(0.1 * (i % 3), 0.2 * i)));

    /// <summary>Few CPUs and little memory: classic calls wait in run buffers, bursts wait for CPUs.</summary>
    private static JobListWorkload Tight() => new(
        Sleep(0, 0.0, 8, 1.0, tenant: "alice"),
        Sleep(1, 0.0, 6, 1.5, tenant: "bob"),
        Cpu(2, 0.5, 5, 1.0, tenant: "alice"),
        Sleep(3, 2.0, 3, 0.2, tenant: "carol"));

    private static void AssertEveryFunctionOnceInPathOrder(IWorkload workload, RunOutcome outcome, RecordingSink sink)
    {
        var jobs = workload.Jobs(new RandomStreams(1), 256);
        Assert.Empty(outcome.Errors);
        Assert.Equal(jobs.Sum(j => j.Functions), outcome.FunctionsReported);
        Assert.Equal(outcome.FunctionsReported, sink.Records.Count);
        foreach (var job in jobs)
        {
            // function ids 0..N-1, each exactly once
            Assert.Equal(Enumerable.Range(0, job.Functions), sink.OfJob(job.JobId).Select(r => r.FunctionId));
            Assert.All(sink.OfJob(job.JobId), r => Assert.Equal(job.Tenant, r.Tenant));
        }

        Assert.All(sink.Records, r =>
        {
            Assert.True(r.HostJobCreate <= r.HostSubmit, "host_job_create <= host_submit");
            Assert.True(r.HostSubmit <= r.WorkerStart, "host_submit <= worker_start");
            Assert.True(r.WorkerStart <= r.WorkerFuncStart, "worker_start <= worker_func_start");
            Assert.True(r.WorkerFuncStart <= r.WorkerFuncEnd, "worker_func_start <= worker_func_end");
            Assert.True(r.WorkerFuncEnd <= r.WorkerEnd, "worker_func_end <= worker_end");
            Assert.True(r.WorkerEnd <= r.HostStatusDone, "worker_end <= host_status_done");
            Assert.True(r.HostStatusDone <= r.HostResultDone, "host_status_done <= host_result_done");
            Assert.False(string.IsNullOrEmpty(r.Invoker));
            Assert.False(string.IsNullOrEmpty(r.Container));
        });
    }

    public sealed class WithDefaultParameters
    {
        [Theory]
        [MemberData(nameof(Policies), MemberType = typeof(CompletionTests))]
        public void A_multi_tenant_workload_on_the_thesis_cluster_completes_once_in_order(string policy)
        {
            // Given three tenants' jobs arriving over 4 s on the thesis cluster
            var workload = MultiTenant();

            // When run under the policy with the calibrated defaults
            var (outcome, sink) = Runs.Execute(ClusterSpec.Thesis(), new PlatformParameters(), policy, workload, seed: 5);

            // Then
            AssertEveryFunctionOnceInPathOrder(workload, outcome, sink);
        }
    }

    public sealed class OnATightCluster
    {
        [Theory]
        [MemberData(nameof(Policies), MemberType = typeof(CompletionTests))]
        public void Jobs_that_must_queue_still_complete_once_in_order(string policy)
        {
            // Given two invokers of 6 and 4 CPUs and 1536 MB (six 256 MB containers each)
            var workload = Tight();
            var parameters = new PlatformParameters { Runtime = new RuntimeParameters { RuntimeMemoryMb = 256 } };

            // When run under the policy
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([6, 4], 1536), parameters, policy, workload, seed: 9);

            // Then
            AssertEveryFunctionOnceInPathOrder(workload, outcome, sink);
        }

        [Theory]
        [InlineData("classic")]
        [InlineData("burst")]
        [InlineData("faasbatch")]
        public void Partial_and_throttled_runs_complete_once_in_order(string policy)
        {
            // Given a concurrency limit of 4 and bursts placed piecewise
            var workload = Tight();
            var parameters = HandWorked.Parameters with
            {
                Controller = HandWorked.Parameters.Controller with { ConcurrentLimit = 4 },
                BurstNoFit = BurstNoFit.Partial,
            };

            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([6, 4], 1536), parameters, policy, workload, seed: 3);

            AssertEveryFunctionOnceInPathOrder(workload, outcome, sink);
        }
    }

    public sealed class Determinism
    {
        [Theory]
        [InlineData("classic:random")]
        [InlineData("burst:g=6")]
        [InlineData("faasbatch")]
        public void The_same_seed_gives_the_same_records(string policy)
        {
            var first = Runs.Execute(ClusterSpec.Thesis(), new PlatformParameters(), policy, MultiTenant(), seed: 17).Sink.Records;
            var second = Runs.Execute(ClusterSpec.Thesis(), new PlatformParameters(), policy, MultiTenant(), seed: 17).Sink.Records;

            Assert.Equal(first, second);
        }
    }
}
