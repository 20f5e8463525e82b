using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Classic;

namespace Burstsim.Scenarios.Tests.Plugins;

/// <summary>
/// A plug-in policy with a bug, loaded by the tests from this very assembly (<c>--plugin Scenarios.Tests.dll</c>): its
/// balancer throws on the first placement. Public and parameterless so the plug-in loader registers it.
/// </summary>
public sealed class ThrowingBalancerFactory : BalancerFactory
{
    /// <inheritdoc/>
    public override string Name => "throws";

    /// <inheritdoc/>
    public override string Summary => "test plug-in: its balancer throws on the first placement";

    /// <inheritdoc/>
    public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options) => new Throwing();

    private sealed class Throwing : IInvokerBalancer
    {
        public int Place(ActivationInfo activation) => throw new InvalidOperationException("the test balancer has no invoker for " + activation.Action);

        public void Release(int invoker, ActivationInfo activation)
        {
        }

        public void SetUsable(int invoker, bool usable)
        {
        }
    }
}
