namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary><c>eviction:lru</c>, the default: OpenWhisk's least recently used first.</summary>
internal sealed class LeastRecentlyUsedEvictionFactory : EvictionFactory
{
    /// <inheritdoc/>
    public override string Name => "lru";

    /// <inheritdoc/>
    public override string Summary => "OpenWhisk's ContainerPool: evict the least recently used idle containers first";

    /// <inheritdoc/>
    public override bool IsFamilyDefault => true;

    /// <inheritdoc/>
    public override IEvictionPolicy Create(PolicyContext context, PolicyOptions options) => new LeastRecentlyUsedEviction();
}
