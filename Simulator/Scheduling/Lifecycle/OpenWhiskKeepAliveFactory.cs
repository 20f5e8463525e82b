using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary><c>keep-alive:openwhisk</c>, the default: pause after the grace, remove after the idle timeout.</summary>
internal sealed class OpenWhiskKeepAliveFactory : KeepAliveFactory
{
    /// <inheritdoc/>
    public override string Name => "openwhisk";

    /// <inheritdoc/>
    public override string Summary => "OpenWhisk's ContainerProxy: pause after platform.invoker.pause_grace_s, remove after platform.invoker.idle_timeout_s (FaaSBatch runs: its keep time)";

    /// <inheritdoc/>
    public override bool IsFamilyDefault => true;

    /// <inheritdoc/>
    public override IKeepAlivePolicy Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new OpenWhiskKeepAlive(SimSpan.FromSeconds(context.Parameters.Invoker.IdleTimeoutS));
    }
}
