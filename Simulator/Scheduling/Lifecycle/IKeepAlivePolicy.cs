using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// When an idle container goes. Called each time a container goes idle; the container is removed that long after,
/// unless a request takes it first (then the next idle period asks again). OpenWhisk's pause after the pause grace
/// still applies to a container kept longer than the grace. One instance per run, shared by every invoker.
/// </summary>
public interface IKeepAlivePolicy
{
    /// <summary>Keep a container forever (until evicted for memory): FaasCache's view of keep-alive as caching.</summary>
    static SimSpan Forever => new(long.MaxValue / 4);

    /// <summary>How long <paramref name="container"/>, idle since <see cref="IdleContainer.IdleSince"/> (now), stays; <see cref="SimSpan.Zero"/> removes it at once.</summary>
    SimSpan KeepAlive(IdleContainer container);

    /// <summary>An invocation of <paramref name="action"/> reached an invoker's container pool at <paramref name="at"/> (warm or not): for policies that learn idle times.</summary>
    void Invoked(string action, SimTime at)
    {
    }
}
