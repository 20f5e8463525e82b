namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary><c>classic:round-robin</c>: invokers in turn, for comparison.</summary>
internal sealed class RoundRobinBalancerFactory : BalancerFactory
{
    /// <inheritdoc/>
    public override string Name => "round-robin";

    /// <inheritdoc/>
    public override string Summary => "invokers in turn, ignoring load (memory still accounted); for comparison";

    /// <inheritdoc/>
    public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) =>
        new RoundRobinBalancer(UserMemoryMb(context), context.Controllers, PoolRoomMb(context));
}
