using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>Several controllers behind nginx (OpenWhisk ShardingContainerPoolBalancer, Entitlement) and the namespace throttles.</summary>
public sealed class ControllerClusterTests
{
    private static PlatformParameters WithControllers(int n) => HandWorked.Parameters with
    {
        Controller = HandWorked.Parameters.Controller with { Controllers = n },
    };

    [Fact]
    public void Two_controllers_each_fill_their_half_of_the_home_invoker_before_spilling()
    {
        // Given 96 calls of 512 MB on two 48-CPU invokers of 30000 MB, behind two controllers
        var cluster = ClusterSpec.Uniform([48, 48], 30000);
        var workload = new JobListWorkload(Sleep(0, 0.0, 96, 30.0, memoryMb: 512));

        // When nginx alternates the calls, each controller gets 48 and holds 15000 MB = 29 slots per invoker
        var (_, sink) = Runs.Execute(cluster, WithControllers(2), "classic", workload);

        // Then each fills its share of the home invoker (29) and sends 19 to the other: 58/38, as with one controller
        var perInvoker = sink.Records.GroupBy(r => r.Invoker).Select(g => g.Count()).OrderDescending().ToArray();
        Assert.Equal([58, 38], perInvoker);
        var (_, one) = Runs.Execute(cluster, WithControllers(1), "classic", workload);
        Assert.Equal([58, 38], one.Records.GroupBy(r => r.Invoker).Select(g => g.Count()).OrderDescending().ToArray());
    }

    [Fact]
    public void Every_memory_slot_comes_back_to_the_controller_that_took_it()
    {
        var deployment = new Deployment(ClusterSpec.Uniform([8, 8, 8], 4096), WithControllers(3), PolicySpec.Classic);
        deployment.Submit(Sleep(0, 0.0, 40, 1.0), Sleep(1, 0.5, 17, 2.0, tenant: "bob"));

        deployment.Run();
        deployment.Sim.Run(); // let the last completion acks arrive

        Assert.Equal(57, deployment.Records.Count);
        foreach (var controller in deployment.Platform.Controllers)
        {
            var slots = ((ShardingBalancer)BalancerOf(controller)).Slots;
            Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(4096 / 3, slots.Free(i)));
        }
    }

    [Theory]
    [InlineData(1000, 1, 1000)] // one controller: the limit itself, no overcommit
    [InlineData(1000, 2, 600)] // ceil(1000 x 1.2) / 2
    [InlineData(10, 3, 4)] // ceil(12) / 3
    [InlineData(1, 4, 1)] // ceil(1.2) = 2, / 4 = 0, bounded to at least 1
    [InlineData(0, 2, 0)] // 0 stays 0
    public void Each_controller_enforces_its_individual_share_of_a_namespace_limit(int limit, int controllers, int expected) =>
        Assert.Equal(expected, NamespaceLimits.IndividualLimit(limit, controllers));

    [Fact]
    public void A_call_over_the_per_minute_limit_is_admitted_when_the_wall_clock_minute_changes()
    {
        // Given one map of 2 calls at t = 50 s and a limit of 1 call per minute
        var parameters = HandWorked.Parameters with { Controller = HandWorked.Parameters.Controller with { PerMinuteLimit = 1 } };
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var (outcome, sink) = Runs.Execute(ClusterSpec.Uniform([4], 4096), parameters, "classic", new JobListWorkload(Sleep(0, 50.0, 2, 1.0)), seed);

            // Then the second gets 429 until the minute [60, 120) begins, and its next try (after a 0-5 s sleep) is admitted
            Assert.True(outcome.Throttled >= 1);
            var second = sink.Records.OrderBy(r => r.HostSubmit).Last();
            double atController = second.HostSubmit.Seconds + HandWorked.HttpS + HandWorked.RequestS;
            Assert.InRange(atController, 60.0, 60.0 + 5.0 + 0.2);
        }
    }

    [Fact]
    public void Refused_calls_count_against_the_minute()
    {
        // OpenWhisk's RateThrottler charges every check: after 1 admitted and 1 refused call, a limit of 2 is used up.
        var limits = new NamespaceLimits(perMinuteLimit: 2, concurrentLimit: 1, controllers: 1);
        var t = SimTime.FromSeconds(10);

        Assert.True(limits.TryAdmit("guest", t));
        Assert.False(limits.TryAdmit("guest", t)); // concurrency 1 is taken; the minute's count is now 2
        limits.Completed("guest");
        Assert.False(limits.TryAdmit("guest", SimTime.FromSeconds(59.9)));
        Assert.True(limits.TryAdmit("guest", SimTime.FromSeconds(60.0)));
    }

    private static IInvokerBalancer BalancerOf(Controller c) =>
        ((ClassicAdmission)c.Admission).Balancer;
}
