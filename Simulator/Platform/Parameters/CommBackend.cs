namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>
/// How burst packs reach each other (<c>platform.network.backend</c>), named after burst-communication-middleware's
/// remote backends (Cargo features <c>redis_list</c>, <c>redis_stream</c>, <c>rabbitmq</c>, <c>s3</c>); workers of one
/// pack always talk through the middleware's in-pack channels (its <c>tokio_channel</c> backend, shared memory).
/// See docs/model.md, "Group communication".
/// </summary>
public enum CommBackend
{
    /// <summary>The generic broker: one connection per container, a Kafka-sized broker (the thesis' design, section 4.1.2).</summary>
    Broker,

    /// <summary>Redis lists (RPUSH/BLPOP per 1 MiB chunk; a broadcast SETs the payload once and each remote pack GETs it) on single-threaded Redis.</summary>
    RedisList,

    /// <summary>Redis streams (XADD/XREAD per chunk; a broadcast XADDs the payload once per remote pack) on single-threaded Redis.</summary>
    RedisStream,

    /// <summary>The Redis-list protocol on DragonflyDB, multi-threaded (the middleware's benchmark backend "DragonflyList").</summary>
    Dragonfly,

    /// <summary>RabbitMQ: a direct exchange to one queue per worker; a broadcast is published once to a topic exchange that copies it to each pack's queue.</summary>
    Rabbitmq,

    /// <summary>S3 objects: one PUT per message, the receiver's GET once it exists (the object-storage model).</summary>
    S3,
}
