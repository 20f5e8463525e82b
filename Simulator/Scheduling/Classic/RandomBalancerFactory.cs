namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary><c>classic:random</c>: a uniformly random invoker, for comparison.</summary>
internal sealed class RandomBalancerFactory : BalancerFactory
{
    /// <inheritdoc/>
    public override string Name => "random";

    /// <inheritdoc/>
    public override string Summary => "a uniformly random invoker among those that can hold the container; for comparison";

    /// <summary>The stream this balancer has always drawn from (keeps the baselines' draws).</summary>
    public override string StreamName => "balancer.random";

    /// <inheritdoc/>
    public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) =>
        new RandomBalancer(UserMemoryMb(context), context.Controllers, context.Random, PoolRoomMb(context));
}
