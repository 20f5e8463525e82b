using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Network;

namespace Burstsim.Simulator.Tests.Network;

/// <summary>Flows on shared links: bytes / fair-share bandwidth, worked by hand.</summary>
public sealed class FairShareNetworkTests
{
    private const double Tick = 1e-6;

    [Fact]
    public void A_flow_alone_on_a_link_takes_bytes_over_bandwidth()
    {
        // Given one link of 100 B/s and a flow of 250 B
        var sim = new Simulation();
        var net = new FairShareNetwork(sim);
        var link = new Link("l", 100);
        double doneAt = -1;

        // When it runs
        net.Start([link], 250, double.PositiveInfinity, () => doneAt = sim.Now.Seconds);
        sim.Run();

        // Then it ends at 250 / 100 = 2.5 s and the link carried exactly its bytes
        Assert.Equal(2.5, doneAt, Tick);
        Assert.Equal(250, link.BytesCarried, 1e-6);
    }

    [Fact]
    public void Two_flows_share_a_link_equally_and_the_survivor_speeds_up()
    {
        // Given 100 B and 300 B on one link of 100 B/s
        var sim = new Simulation();
        var net = new FairShareNetwork(sim);
        var link = new Link("l", 100);
        double small = -1, large = -1;

        net.Start([link], 100, double.PositiveInfinity, () => small = sim.Now.Seconds);
        net.Start([link], 300, double.PositiveInfinity, () => large = sim.Now.Seconds);
        sim.Run();

        // Then both move at 50 B/s until the small one ends at 2 s; the large one's last 200 B take 2 s more at 100 B/s
        Assert.Equal(2.0, small, Tick);
        Assert.Equal(4.0, large, Tick);
        Assert.Equal(net.BytesStarted, net.BytesDelivered, 1e-6);
    }

    [Fact]
    public void A_capped_stream_leaves_the_rest_of_the_link_to_others()
    {
        // Given a link of 100 B/s, one stream capped at 20 B/s, one free
        var sim = new Simulation();
        var net = new FairShareNetwork(sim);
        var link = new Link("l", 100);
        double capped = -1, free = -1;

        net.Start([link], 40, 20, () => capped = sim.Now.Seconds);
        net.Start([link], 160, double.PositiveInfinity, () => free = sim.Now.Seconds);
        sim.Run();

        // Then max-min fairness gives 20 and 80 B/s: both end at 2 s
        Assert.Equal(2.0, capped, Tick);
        Assert.Equal(2.0, free, Tick);
    }

    [Fact]
    public void The_tightest_link_on_a_path_sets_the_rate()
    {
        // Given flow A over links x (100 B/s) and y (30 B/s), flow B over x only
        var sim = new Simulation();
        var net = new FairShareNetwork(sim);
        var x = new Link("x", 100);
        var y = new Link("y", 30);
        double a = -1, b = -1;

        net.Start([x, y], 60, double.PositiveInfinity, () => a = sim.Now.Seconds);
        net.Start([x], 140, double.PositiveInfinity, () => b = sim.Now.Seconds);
        sim.Run();

        // Then A gets 30 (y is its bottleneck) and B the 70 left on x: both end at 2 s
        Assert.Equal(2.0, a, Tick);
        Assert.Equal(2.0, b, Tick);
    }
}
