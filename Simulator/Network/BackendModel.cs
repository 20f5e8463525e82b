using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Network;

/// <summary>
/// A message server of burst-communication-middleware (Redis, DragonflyDB, RabbitMQ): each request (one chunk, or a
/// key push) waits <paramref name="OpLatencyS"/> on its connection; the server's data path is its NIC (each way) and,
/// for servers that move every byte on one thread or broker process, <paramref name="ProcessMbPerS"/> shared by
/// bytes in and out.
/// </summary>
/// <param name="OpLatencyS">Round trip of one request under load, s.</param>
/// <param name="ProcessMbPerS">Bytes the server process moves per second, in plus out, MB/s (infinity when only the NIC bounds it).</param>
/// <param name="Broadcast">How a broadcast reaches the other packs.</param>
/// <param name="KeyOpsPerChunk">Requests a broadcast chunk costs the root besides its data: SET header (redis_list), plus one key push per remote pack.</param>
internal sealed record BackendModel(double OpLatencyS, double ProcessMbPerS, BroadcastRoute Broadcast, bool KeyOpsPerChunk)
{
    /// <summary>
    /// Under load a Redis-protocol request takes about 1 ms: DragonflyDB's README gives its p99 at peak throughput on
    /// c6gn as 1 ms (SET) and 0.9 ms (GET).
    /// </summary>
    private const double RedisProtocolOpS = 0.001;

    /// <summary>
    /// One thread moving bytes between kernel sockets, like one thread in a pipe loop: 3500 MB/s (F. Mazzoli, "How fast
    /// are Linux pipes anyway?", 2022); Redis executes every command on one thread (redis.io, "Redis benchmark":
    /// "Redis is, mostly, a single-threaded server").
    /// </summary>
    private const double OneThreadMbPerS = 3500;

    /// <summary>The server model of <paramref name="backend"/>; null for the broker and S3, which have their own.</summary>
    public static BackendModel? Of(CommBackend backend) => backend switch
    {
        CommBackend.RedisList => new(RedisProtocolOpS, OneThreadMbPerS, BroadcastRoute.StoreOnce, KeyOpsPerChunk: true),
        CommBackend.RedisStream => new(RedisProtocolOpS, OneThreadMbPerS, BroadcastRoute.CopyPerPack, KeyOpsPerChunk: false),

        // Multi-threaded, shared-nothing (DragonflyDB README): its threads keep up with the NIC.
        CommBackend.Dragonfly => new(RedisProtocolOpS, double.PositiveInfinity, BroadcastRoute.StoreOnce, KeyOpsPerChunk: true),

        // Confluent, "Benchmarking Apache Kafka, Apache Pulsar, and RabbitMQ" (2020): RabbitMQ (mirrored, durable queues
        // as the middleware declares them) 38 MB/s, p99 1 ms at 30 MB/s.
        CommBackend.Rabbitmq => new(0.001, 38, BroadcastRoute.ServerFanOut, KeyOpsPerChunk: false),
        _ => null,
    };
}
