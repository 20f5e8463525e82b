namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// The keep-alive family (<c>+keep-alive:NAME</c>). A keep-alive policy that also implements <see cref="IPrewarmPolicy"/>
/// or <see cref="IEvictionPolicy"/> serves those too unless a prewarm or eviction policy is chosen as well.
/// </summary>
public abstract class KeepAliveFactory : PolicyFactory
{
    /// <inheritdoc/>
    public sealed override PolicyFamily Family => PolicyFamily.KeepAlive;

    /// <summary>Makes the policy for one run.</summary>
    /// <param name="context">The invokers, clock, history and this policy's random stream.</param>
    /// <param name="options">The options written, checked.</param>
    public abstract IKeepAlivePolicy Create(PolicyContext context, PolicyOptions options);
}
