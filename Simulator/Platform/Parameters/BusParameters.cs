namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>Kafka between controller and invokers: one topic per invoker, in order.</summary>
public sealed record BusParameters
{
    /// <summary>Producer send with acks=1, linger 0 ms (OpenWhisk defaults): a few milliseconds on one cluster. Spread 0.16.</summary>
    public Latency ProduceLatencyS { get; init; } = new(0.003, 0.16);

    /// <summary>Consumer fetch once data is there: a long-poll (1 s on an empty topic) returns as soon as a message lands. Spread 0.16.</summary>
    public Latency FetchLatencyS { get; init; } = new(0.005, 0.16);

    /// <summary>Memory unit of the invoker's maxPeek = userMemory / this (OpenWhisk: MemoryLimit.MIN_MEMORY, 128 MB).</summary>
    public int MaxPeekMemoryUnitMb { get; init; } = 128;
}
