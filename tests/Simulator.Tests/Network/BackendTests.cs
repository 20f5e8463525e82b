using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Network;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Network;

/// <summary>burst-communication-middleware's backends (BackendPlanner) with hand-worked times.</summary>
public sealed class BackendTests
{
    private const double Tick = 1e-6;
    private const double MB = 1e6;

    /// <summary>Round numbers: 10 MB chunks, server NIC 100 MB/s each way, connections 1000 MB/s, node NICs 10 GB/s, 1 ms hops and channel latency.</summary>
    private static NetworkParameters Round(CommBackend backend) => new()
    {
        Backend = backend,
        MessageChunkMb = 10,
        ServerGbps = 0.8,
        ConnectionMbPerS = 1000,
        NicGbps = 80,
        HopLatencyS = 0.001,
        IpcLatencyS = 0.001,
    };

    private static (double[] DoneAt, Fabric Fabric) Run(CommPattern pattern, double bytes, Endpoint[] at, CommBackend backend)
    {
        var sim = new Simulation();
        var fabric = new Fabric(Round(backend));
        var leaders = at.Select(e => Array.FindIndex(at, x => x.Container == e.Container)).ToArray();
        var plan = ExchangePlanner.Plan(PatternSteps.For(pattern, bytes, leaders), at, Mechanism.BurstMiddleware, fabric);
        var doneAt = new double[at.Length];
        new ExchangeRun(sim, new FairShareNetwork(sim), plan, w => doneAt[w] = sim.Now.Seconds).Start();
        sim.Run();
        return (doneAt, fabric);
    }

    /// <summary>One single-worker pack per node.</summary>
    private static Endpoint[] Alone(int workers) => [.. Enumerable.Range(0, workers).Select(i => new Endpoint(i, 4, i))];

    [Fact]
    public void A_gather_pushes_chunks_into_the_server_while_the_root_pulls_them()
    {
        // Given three single-worker packs on DragonflyDB, workers 1 and 2 each sending 100 MB to worker 0
        var (doneAt, fabric) = Run(CommPattern.Gather, 100 * MB, Alone(3), CommBackend.Dragonfly);

        // Then each sender pays 10 chunk requests of 1 ms on its one connection, then shares the server's 100 MB/s in: 0.01 + 2 s;
        // the root's pull waits 2 hops + 20 requests (0.022 s), then takes 200 MB out at 100 MB/s: 2.022 s
        Assert.Equal(2.01, doneAt[1], Tick);
        Assert.Equal(2.01, doneAt[2], Tick);
        Assert.Equal(2.022, doneAt[0], Tick);
        Assert.Equal(200 * MB, fabric.ServerIn(4).BytesCarried, 1e-3);
        Assert.Equal(200 * MB, fabric.ServerOut(4).BytesCarried, 1e-3);
    }

    [Fact]
    public void A_pack_s_workers_hand_messages_over_by_reference()
    {
        // Given four workers in one pack shuffling 4 MB each
        Endpoint[] at = [.. Enumerable.Range(0, 4).Select(_ => new Endpoint(0, 4, 0))];

        var (doneAt, fabric) = Run(CommPattern.AllToAll, 4 * MB, at, CommBackend.Dragonfly);

        // Then each message is one channel latency (1 ms) and no byte is copied or leaves the node
        Assert.All(doneAt, t => Assert.Equal(0.001, t, Tick));
        Assert.Equal(0, fabric.MemoryBytes);
        Assert.Equal(0, fabric.NetworkBytes);
    }

    [Fact]
    public void A_redis_list_broadcast_stores_the_payload_once_and_announces_each_chunk_to_every_pack()
    {
        // Given three single-worker packs on Redis lists, worker 0 broadcasting 100 MB
        var (doneAt, fabric) = Run(CommPattern.Broadcast, 100 * MB, Alone(3), CommBackend.RedisList);

        // Then the root makes 10 x (payload SET + header SET + 2 key pushes) = 40 requests (0.04 s), then 100 MB in: 1.04 s;
        // each pack's pull makes 10 x 3 requests (0.03 s) after 2 hops, then both share the 100 MB/s out: 0.032 + 2 s
        Assert.Equal(1.04, doneAt[0], Tick);
        Assert.Equal(2.032, doneAt[1], Tick);
        Assert.Equal(2.032, doneAt[2], Tick);
        Assert.Equal(100 * MB, fabric.ServerIn(4).BytesCarried, 1e-3);
    }

    [Fact]
    public void A_redis_stream_broadcast_sends_the_payload_once_per_pack()
    {
        // Given the same broadcast on Redis streams
        var (doneAt, fabric) = Run(CommPattern.Broadcast, 100 * MB, Alone(3), CommBackend.RedisStream);

        // Then the root XADDs 10 chunks to each of 2 streams (0.02 s) and pushes 200 MB in at 100 MB/s: 2.02 s
        Assert.Equal(2.02, doneAt[0], Tick);
        Assert.Equal(200 * MB, fabric.ServerIn(4).BytesCarried, 1e-3);
    }

    [Fact]
    public void A_pack_s_connection_pool_serves_its_senders_in_turn()
    {
        // Given worker 0 alone and workers 1 and 2 in one pack (a pool of 2 connections), each sending 100 MB to worker 0
        Endpoint[] at = [new(0, 4, 0), new(1, 4, 1), new(1, 4, 1)];

        var (doneAt, _) = Run(CommPattern.Gather, 100 * MB, at, CommBackend.Dragonfly);

        // Then worker 1 pushes first (10 requests on 2 connections: 5 ms, then 1 s at the server's 100 MB/s), worker 2 after it
        Assert.Equal(1.005, doneAt[1], Tick);
        Assert.Equal(2.01, doneAt[2], Tick);
    }

    [Fact]
    public void An_all_to_all_pack_pulls_only_after_its_own_pushes()
    {
        // Given two single-worker packs, each holding 200 MB (100 MB for the other)
        var (doneAt, _) = Run(CommPattern.AllToAll, 200 * MB, Alone(2), CommBackend.Dragonfly);

        // Then both push 100 MB (10 requests: 0.01 s; 200 MB at 100 MB/s: 2 s), then pull (2 hops + 10 requests, 200 MB out: 2 s)
        Assert.All(doneAt, t => Assert.Equal(2.01 + 0.012 + 2.0, t, Tick));
    }

    [Fact]
    public void Rabbitmq_moves_every_byte_in_and_out_through_its_broker_process()
    {
        // Given three single-worker packs on RabbitMQ (38 MB/s broker), workers 1 and 2 each sending 19 MB to worker 0
        var (doneAt, fabric) = Run(CommPattern.Gather, 19 * MB, Alone(3), CommBackend.Rabbitmq);

        // Then the broker process carried 38 MB in and 38 MB out, at most 38 MB/s in all: the root cannot be done before 2 s
        Assert.Equal(76 * MB, fabric.ServerProcess(38).BytesCarried, 1e-3);
        Assert.True(doneAt[0] >= 2.0, $"root done at {doneAt[0]}");
    }

    [Fact]
    public void S3_moves_messages_between_packs_as_objects()
    {
        // Given the gather on S3: worker 1 and 2 write one object each, worker 0 reads both
        var (doneAt, fabric) = Run(CommPattern.Gather, 100 * MB, Alone(3), CommBackend.S3);

        // Then nothing crosses a message server, and the root reads after the writes
        Assert.True(doneAt[0] > doneAt[1]);
        Assert.Equal(200 * MB, fabric.NetworkBytes, 1e-3);
    }
}
