namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary><c>classic</c> (<c>classic:sharding</c>): OpenWhisk's ShardingContainerPoolBalancer, the default.</summary>
internal sealed class ShardingBalancerFactory : BalancerFactory
{
    /// <inheritdoc/>
    public override string Name => "sharding";

    /// <inheritdoc/>
    public override string Summary => "OpenWhisk's ShardingContainerPoolBalancer: home invoker from the action's hash, coprime steps, memory slots, forced random placement when full";

    /// <inheritdoc/>
    public override bool IsFamilyDefault => true;

    /// <summary>The stream the balancer's forced placements have always drawn from (keeps the baselines' draws).</summary>
    public override string StreamName => "balancer.forced";

    /// <inheritdoc/>
    public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var c = context.Parameters.Controller;
        return new ShardingBalancer(UserMemoryMb(context), context.Controllers, c.ManagedFraction, c.BlackboxFraction, blackbox: true, context.Random, PoolRoomMb(context));
    }
}
