namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>
/// Group communication (thesis section 4.1.2): workers of one burst container talk through the operating
/// system (intra-container), containers through an indirect broker with one connection per container
/// (inter-container); classic functions have no direct path and exchange data through object storage.
/// Rates in MB/s (10^6 bytes per second), latencies in seconds. See docs/model.md, "Group communication".
/// </summary>
public sealed record NetworkParameters
{
    /// <summary>
    /// One process-to-process stream inside a container (a pipe or Unix socket), MB/s. 3500: a plain
    /// write/read loop over a Linux pipe (F. Mazzoli, "How fast are Linux pipes anyway?", 2022, first version).
    /// </summary>
    public double IpcStreamMbPerS { get; init; } = 3500;

    /// <summary>
    /// Memory bandwidth a node's intra-container copies share, MB/s. 150000: about half the 307 GB/s peak of one
    /// Sapphire Rapids socket (8 channels of DDR5-4800, the c7i processor), since a copy both reads and writes.
    /// </summary>
    public double NodeMemoryMbPerS { get; init; } = 150_000;

    /// <summary>Per message between processes of one container, s. 5 µs: pipe and Unix-socket round trips measured by ipc-bench (goldsborough/ipc-bench) are a few µs.</summary>
    public double IpcLatencyS { get; init; } = 0.000_005;

    /// <summary>
    /// Throughput of the broker each way (in and out), MB/s. 605: Kafka's peak in Confluent's benchmark
    /// ("Benchmarking Apache Kafka, Apache Pulsar, and RabbitMQ", 2020, 3 brokers). RabbitMQ (mirrored): 38.
    /// </summary>
    public double BrokerMbPerS { get; init; } = 605;

    /// <summary>End-to-end latency of a message through the broker (publish to consume), s. 0.005: Kafka's p99 at 200 MB/s in the same benchmark (RabbitMQ: 1 ms at 30 MB/s).</summary>
    public double BrokerLatencyS { get; init; } = 0.005;

    /// <summary>
    /// A container's single connection to the broker, MB/s each way. 625 (5 Gbit/s): AWS limits one TCP flow to
    /// 5 Gbit/s between instances outside a cluster placement group (EC2 user guide, "instance network bandwidth").
    /// </summary>
    public double ConnectionMbPerS { get; init; } = 625;

    /// <summary>
    /// An invoker node's NIC, Gbit/s each way, shared by its containers; auto: the c7i instance with at least the
    /// invoker's vCPUs (AWS c7i page: 12xlarge/48 vCPU 18.75, 16xlarge/64 25, 24xlarge/96 37.5, 48xlarge/192 50;
    /// 8xlarge/32 12.5; smaller sizes up to 12.5).
    /// </summary>
    public double? NicGbps { get; init; }

    /// <summary>One network hop between two nodes of one availability zone, s. 0.0001: same-AZ TCP round trips on EC2 are of the order of 100-200 µs.</summary>
    public double HopLatencyS { get; init; } = 0.000_1;

    /// <summary>
    /// First-byte latency of one object-storage request (PUT or GET), s. 0.1: the S3 performance design patterns
    /// give roughly 100-200 ms for small objects (and first byte of large ones).
    /// </summary>
    public double StorageRequestLatencyS { get; init; } = 0.1;

    /// <summary>Throughput of one storage request, MB/s. 85: S3's guidelines plan one concurrent request per 85-90 MB/s of desired throughput.</summary>
    public double StorageRequestMbPerS { get; init; } = 85;

    /// <summary>Part size of multipart uploads and ranged reads, MB. 8: boto3's TransferConfig multipart_chunksize (and threshold).</summary>
    public double StorageChunkMb { get; init; } = 8;

    /// <summary>Storage requests a worker keeps in flight. 10: botocore's default max_pool_connections (Lithops uses boto3 for S3).</summary>
    public int StorageParallelRequests { get; init; } = 10;

    /// <summary>
    /// The backend burst packs talk through (workers of one pack always use in-pack channels). broker: the generic
    /// broker above (the thesis' design); redis_list, redis_stream, dragonfly, rabbitmq, s3: burst-communication-middleware's
    /// backends (src/backends/), each with the server model of <see cref="Network.BackendModel"/>.
    /// </summary>
    public CommBackend Backend { get; init; } = CommBackend.Broker;

    /// <summary>
    /// Part size of a remote message under the middleware's backends, MB. 1.048576 (1 MiB): the middleware's
    /// DEFAULT_MESSAGE_CHUNK_SIZE (src/middleware.rs), each part one request (RPUSH, XADD, publish).
    /// </summary>
    public double MessageChunkMb { get; init; } = 1.048576;

    /// <summary>
    /// NIC of the backend's server node, Gbit/s each way; auto: the c7i size of the largest invoker taking part (no
    /// public source names the server of the middleware's benchmarks, so it is assumed to be a node like the invokers).
    /// </summary>
    public double? ServerGbps { get; init; }

    /// <summary>The NIC of a node of <paramref name="cpus"/> vCPUs, bytes/s: <see cref="NicGbps"/> if set, else the c7i size that has them.</summary>
    internal double NicBytesPerS(int cpus)
    {
        double gbps = NicGbps ?? cpus switch
        {
            <= 32 => 12.5,
            <= 48 => 18.75,
            <= 64 => 25,
            <= 96 => 37.5,
            _ => 50,
        };
        return gbps * 1e9 / 8;
    }
}
