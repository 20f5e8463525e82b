namespace Burstsim.Simulator.Network;

/// <summary>How a backend carries one broadcast to the other packs (burst-communication-middleware, src/backends/).</summary>
internal enum BroadcastRoute
{
    /// <summary>The root stores the payload once (SET per chunk), then pushes its key to each remote pack's list; each pack's leader reads the payload (redis_list.rs).</summary>
    StoreOnce,

    /// <summary>The root appends the whole payload to each remote pack's stream (XADD per pack, redis_stream.rs).</summary>
    CopyPerPack,

    /// <summary>The root publishes once to a topic exchange; the server copies it into each pack's queue (rabbitmq.rs).</summary>
    ServerFanOut,
}
