using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Network;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Network;

/// <summary>Collectives planned on the fabric and run: hand-worked times, byte conservation, locality.</summary>
public sealed class ExchangeTests
{
    private const double Tick = 1e-6;
    private const double MB = 1e6;

    /// <summary>Round numbers: broker 100 MB/s each way, connections 1000 MB/s, NICs 10 GB/s, 10 ms broker, 1 ms hop.</summary>
    private static readonly NetworkParameters Round = new()
    {
        IpcStreamMbPerS = 1000,
        NodeMemoryMbPerS = 100_000,
        IpcLatencyS = 0.001,
        BrokerMbPerS = 100,
        BrokerLatencyS = 0.01,
        ConnectionMbPerS = 1000,
        NicGbps = 80,
        HopLatencyS = 0.001,
        StorageRequestLatencyS = 0.1,
        StorageRequestMbPerS = 8,
        StorageChunkMb = 8,
        StorageParallelRequests = 10,
    };

    private static (double[] DoneAt, Fabric Fabric, FairShareNetwork Net) Run(CommPattern pattern, double bytes, Endpoint[] at, Mechanism mechanism, NetworkParameters? parameters = null)
    {
        var sim = new Simulation();
        var net = new FairShareNetwork(sim);
        var fabric = new Fabric(parameters ?? Round);
        var leaders = at.Select((e, i) => mechanism == Mechanism.BurstMiddleware ? Array.FindIndex(at, x => x.Container == e.Container) : i).ToArray();
        var plan = ExchangePlanner.Plan(PatternSteps.For(pattern, bytes, leaders), at, mechanism, fabric);
        var doneAt = new double[at.Length];
        new ExchangeRun(sim, net, plan, w => doneAt[w] = sim.Now.Seconds).Start();
        sim.Run();
        return (doneAt, fabric, net);
    }

    private static Endpoint[] Packs(int workers, int perContainer, int perNode) =>
        [.. Enumerable.Range(0, workers).Select(i => new Endpoint(i / perNode, perNode, i / perContainer))];

    [Fact]
    public void A_shuffle_between_two_workers_of_one_container_never_touches_the_network()
    {
        // Given two workers in one container, each holding 4 MB
        var at = Packs(2, perContainer: 2, perNode: 2);

        // When they shuffle
        var (doneAt, fabric, _) = Run(CommPattern.AllToAll, 4 * MB, at, Mechanism.BurstMiddleware);

        // Then each pipes its 2 MB partition through memory: 1 ms + 2 MB / 1000 MB/s = 3 ms; nothing leaves the node
        Assert.All(doneAt, t => Assert.Equal(0.003, t, Tick));
        Assert.Equal(0, fabric.NetworkBytes);
        Assert.Equal(0, fabric.BrokerIn.BytesCarried);
        Assert.Equal(4 * MB, fabric.MemoryBytes, 1e-3);
    }

    [Fact]
    public void Containers_exchange_through_the_broker_publish_then_consume()
    {
        // Given two single-worker containers on two nodes, each sending 100 MB to the other
        var at = Packs(2, perContainer: 1, perNode: 1);

        var (doneAt, fabric, _) = Run(CommPattern.Send, 100 * MB, at, Mechanism.BurstMiddleware);

        // Then both publishes share the broker's 100 MB/s in: 2 s; each consume waits 10 ms + 2 hops of 1 ms, then shares the broker's way out: 2 s
        Assert.All(doneAt, t => Assert.Equal(2.0 + 0.012 + 2.0, t, Tick));
        Assert.Equal(200 * MB, fabric.BrokerIn.BytesCarried, 1e-3);
        Assert.Equal(200 * MB, fabric.BrokerOut.BytesCarried, 1e-3);
    }

    [Fact]
    public void Classic_functions_exchange_through_object_storage_with_request_latency()
    {
        // Given two classic functions, each sending 80 MB to the other
        var at = Packs(2, perContainer: 1, perNode: 1);

        var (doneAt, _, _) = Run(CommPattern.Send, 80 * MB, at, Mechanism.ObjectStorage);

        // Then the PUT is 10 parts of 8 MB, all 10 in flight at 8 MB/s each: 0.1 s + 80 MB / 80 MB/s = 1.1 s; the GET the same after it
        Assert.All(doneAt, t => Assert.Equal(2.2, t, Tick));
    }

    [Fact]
    public void Many_small_reads_pay_one_request_latency_per_round()
    {
        // Given 21 classic functions gathering 1 MB each at function 0
        var at = Packs(21, perContainer: 1, perNode: 21);

        var (doneAt, _, _) = Run(CommPattern.Gather, 1 * MB, at, Mechanism.ObjectStorage);

        // Then each PUT is 0.1 s + 1 MB / 8 MB/s = 0.225 s; the root's 20 GETs go in 2 rounds of 10: 0.2 s + 20 MB / 80 MB/s = 0.45 s
        Assert.Equal(0.225 + 0.45, doneAt[0], Tick);
        Assert.All(doneAt.Skip(1), t => Assert.Equal(0.225, t, Tick));
    }

    [Theory]
    [InlineData(CommPattern.Send)]
    [InlineData(CommPattern.Broadcast)]
    [InlineData(CommPattern.Gather)]
    [InlineData(CommPattern.AllToAll)]
    [InlineData(CommPattern.AllReduce)]
    public void Every_byte_started_is_delivered_and_the_broker_passes_on_what_it_took_in(CommPattern pattern)
    {
        // Given 24 workers in packs of 5 on nodes of 12
        var at = Packs(24, perContainer: 5, perNode: 12);

        var (doneAt, fabric, net) = Run(pattern, 3 * MB, at, Mechanism.BurstMiddleware);

        // Then every worker finished, nothing was lost, and broker out = broker in x the destination containers each message reached
        Assert.All(doneAt, t => Assert.True(t > 0));
        Assert.Equal(0, net.Active);
        Assert.Equal(net.BytesStarted, net.BytesDelivered, 1e-3);
        double expectedOut = ExpectedBrokerOut(pattern, 3 * MB, at);
        Assert.Equal(expectedOut, fabric.BrokerOut.BytesCarried, 1e-3);
    }

    [Fact]
    public void A_shuffle_moves_each_partition_once()
    {
        // Given 24 workers in packs of 5 on nodes of 12, each holding 24 MB
        var at = Packs(24, perContainer: 5, perNode: 12);

        var (_, fabric, _) = Run(CommPattern.AllToAll, 24 * MB, at, Mechanism.BurstMiddleware);

        // Then the 1 MB partitions between workers of one container go through memory, the rest through the broker once each way
        int local = at.Sum(a => at.Count(b => b.Container == a.Container) - 1);
        int remote = (24 * 23) - local;
        Assert.Equal(local * MB, fabric.MemoryBytes, 1e-3);
        Assert.Equal(remote * MB, fabric.BrokerIn.BytesCarried, 1e-3);
        Assert.Equal(remote * MB, fabric.BrokerOut.BytesCarried, 1e-3);
    }

    /// <summary>Per step, each message counts once per destination container other than its sender's.</summary>
    private static double ExpectedBrokerOut(CommPattern pattern, double bytes, Endpoint[] at)
    {
        var leaders = at.Select(e => Array.FindIndex(at, x => x.Container == e.Container)).ToArray();
        return PatternSteps.For(pattern, bytes, leaders).SelectMany(s => s)
            .Sum(m => m.Bytes * m.Destinations.Select(d => at[d].Container).Where(c => c != at[m.Source].Container).Distinct().Count());
    }
}
