namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>OpenWhisk's ContainerPool: the least recently used idle container goes first.</summary>
internal sealed class LeastRecentlyUsedEviction : IEvictionPolicy
{
    /// <summary>The instant it went idle: the oldest goes first.</summary>
    public double Priority(IdleContainer container) => container.IdleSince.Ticks;
}
