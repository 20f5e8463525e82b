using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Classic;

namespace Burstsim.Scenarios.Tests.Plugins;

/// <summary>A plug-in policy whose decision is wrong rather than throwing: it names an invoker the cluster does not have.</summary>
public sealed class OutOfRangeBalancerFactory : BalancerFactory
{
    /// <inheritdoc/>
    public override string Name => "out-of-range";

    /// <inheritdoc/>
    public override string Summary => "test plug-in: places every activation on invoker 1000";

    /// <inheritdoc/>
    public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) => new Far();

    private sealed class Far : IInvokerBalancer
    {
        public int Place(ActivationInfo activation) => 1000;

        public void Release(int invoker, ActivationInfo activation)
        {
        }

        public void SetUsable(int invoker, bool usable)
        {
        }
    }
}
