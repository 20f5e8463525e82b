namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>The prewarm family (<c>+prewarm:NAME</c>).</summary>
public abstract class PrewarmFactory : PolicyFactory
{
    /// <inheritdoc/>
    public sealed override PolicyFamily Family => PolicyFamily.Prewarm;

    /// <summary>Makes the policy for one run.</summary>
    /// <param name="context">The invokers, clock, history and this policy's random stream.</param>
    /// <param name="options">The options written, checked.</param>
    public abstract IPrewarmPolicy Create(PolicyContext context, PolicyOptions options);
}
