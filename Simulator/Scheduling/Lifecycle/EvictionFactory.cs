namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>The eviction family (<c>+eviction:NAME</c>).</summary>
public abstract class EvictionFactory : PolicyFactory
{
    /// <inheritdoc/>
    public sealed override PolicyFamily Family => PolicyFamily.Eviction;

    /// <summary>Makes the policy for one run.</summary>
    /// <param name="context">The invokers, clock, history and this policy's random stream.</param>
    /// <param name="options">The options written, checked.</param>
    public abstract IEvictionPolicy Create(PolicyContext context, PolicyOptions options);
}
