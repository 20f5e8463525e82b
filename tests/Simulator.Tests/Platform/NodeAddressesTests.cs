using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator.Tests.Platform;

/// <summary>The EKS node address pool: ipamd's periodic check, warm target and attachment (amazon-vpc-cni-k8s ipamd.go).</summary>
public sealed class NodeAddressesTests
{
    private const double Tick = 1e-6;

    /// <summary>A random source whose first draw is <paramref name="value"/> (the node's check phase as a fraction of the interval).</summary>
    private sealed class Fixed(double value) : Random
    {
        public override double NextDouble() => value;
    }

    /// <summary>Asks for <paramref name="count"/> addresses at <paramref name="atS"/>; returns the times they were granted.</summary>
    private static List<double> AcquireAt(Simulation sim, NodeAddresses node, double atS, int count)
    {
        var granted = new List<double>();
        sim.ScheduleAt(SimTime.FromSeconds(atS), () =>
        {
            for (int i = 0; i < count; i++)
            {
                node.Acquire(() => granted.Add(sim.Now.Seconds));
            }
        });
        return granted;
    }

    [Fact]
    public void Ipamd_attaches_at_its_next_check_once_fewer_than_a_block_are_ready_not_when_the_pool_runs_dry()
    {
        // Given 10 ready addresses, blocks of 4, warm target 1 block, checks every 5 s at phase 0.4 (2 s, 7 s, ...), 3 s per attachment
        var sim = new Simulation();
        var node = new NodeAddresses(sim, new NetworkAddressPool(Ready: 10, Block: 4, AttachS: 3, MonitorS: 5, WarmBlocks: 1), () => new Fixed(0.4));

        // When 7 containers take one each at 0.5 s (3 left, fewer than a block) and 5 more ask at 8 s
        var first = AcquireAt(sim, node, 0.5, 7);
        var later = AcquireAt(sim, node, 8.0, 5);
        sim.Run();

        // Then the 7 start at once; the check at 2 s finds 3 < 4 and attaches (4 more at 5 s): 7 ready at 8 s, 5 start at once
        Assert.All(first, t => Assert.Equal(0.5, t, Tick));
        Assert.All(later, t => Assert.Equal(8.0, t, Tick));
        // 2 left at 8 s (< 4): the loop's next check after the attachment ending at 5 s is at 10 s; a second block comes at 13 s
        Assert.Equal(2, node.Attachments);
    }

    [Fact]
    public void Waiting_containers_start_when_the_block_arrives_and_the_loop_checks_again_one_interval_after_an_attachment()
    {
        // Given 2 ready addresses, blocks of 3, checks every 5 s from 1 s (phase 0.2), 4 s per attachment
        var sim = new Simulation();
        var node = new NodeAddresses(sim, new NetworkAddressPool(Ready: 2, Block: 3, AttachS: 4, MonitorS: 5, WarmBlocks: 1), () => new Fixed(0.2));

        // When 8 containers ask at 0 s
        var granted = AcquireAt(sim, node, 0.0, 8);
        sim.Run();

        // Then 2 start at 0 s; check at 1 s -> block at 5 s (3 start); the next check is 5 + 5 = 10 s -> block at 14 s (3 start)
        Assert.Equal([0.0, 0.0, 5.0, 5.0, 5.0, 14.0, 14.0, 14.0], granted.Select(t => Math.Round(t, 6)));
        // 0 ready at 14 s (< 3): one more check at 19 s attaches a third block (23 s) that nobody waits for
        Assert.Equal(3, node.Attachments);
    }

    [Fact]
    public void With_no_warm_target_ipamd_attaches_only_when_no_address_is_left()
    {
        // Given 2 ready addresses, blocks of 2, WARM_ENI_TARGET 0, checks every 5 s at phase 0 (0, 5, 10 s), 1 s per attachment
        var sim = new Simulation();
        var node = new NodeAddresses(sim, new NetworkAddressPool(Ready: 2, Block: 2, AttachS: 1, MonitorS: 5, WarmBlocks: 0), () => new Fixed(0.0));

        // When one container asks at 0.5 s, one at 1 s and two at 2 s
        var one = AcquireAt(sim, node, 0.5, 1);
        var two = AcquireAt(sim, node, 1.0, 1);
        var three = AcquireAt(sim, node, 2.0, 2);
        sim.Run();

        // Then 1 left after the first is not too low (target 0); none left after the second is: the check at 5 s
        // attaches a block (6 s) for the two that asked at 2 s; that leaves none again, so the loop's next check, one
        // interval after the attachment (11 s), attaches another (12 s)
        Assert.Equal(0.5, one.Single(), Tick);
        Assert.Equal(1.0, two.Single(), Tick);
        Assert.All(three, t => Assert.Equal(6.0, t, Tick));
        Assert.Equal(2, node.Attachments);
        Assert.Equal(12.0, sim.Now.Seconds, Tick);
    }

    [Fact]
    public void A_node_that_never_goes_below_the_warm_target_schedules_no_check()
    {
        // Given 40 ready addresses, blocks of 29
        var sim = new Simulation();
        var node = new NodeAddresses(sim, new NetworkAddressPool(Ready: 40, Block: 29, AttachS: 12.8), () => throw new InvalidOperationException("no phase needed"));

        // When 11 containers take addresses (29 left)
        var granted = AcquireAt(sim, node, 1.0, 11);
        sim.Run();

        // Then all start at once, nothing is attached and the simulation ends at the last request
        Assert.Equal(11, granted.Count);
        Assert.Equal(0, node.Attachments);
        Assert.Equal(1.0, sim.Now.Seconds, Tick);
    }
}
