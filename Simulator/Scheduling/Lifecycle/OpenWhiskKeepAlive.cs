using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>OpenWhisk's ContainerProxy: an idle container is removed after the idle timeout (platform.invoker.idle_timeout_s).</summary>
/// <param name="idleTimeout">The idle timeout.</param>
internal sealed class OpenWhiskKeepAlive(SimSpan idleTimeout) : IKeepAlivePolicy
{
    /// <inheritdoc/>
    public SimSpan KeepAlive(IdleContainer container) => idleTimeout;
}
