namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary><c>classic:least-loaded</c>: the invoker with the most free memory slots, for comparison.</summary>
internal sealed class LeastLoadedBalancerFactory : BalancerFactory
{
    /// <inheritdoc/>
    public override string Name => "least-loaded";

    /// <inheritdoc/>
    public override string Summary => "the invoker with the most free memory slots (lowest index on ties); for comparison";

    /// <inheritdoc/>
    public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) =>
        new LeastLoadedBalancer(UserMemoryMb(context), context.Controllers, PoolRoomMb(context));
}
