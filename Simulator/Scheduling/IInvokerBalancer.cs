namespace Burstsim.Simulator.Scheduling;

/// <summary>A classic load balancer: picks the invoker for one activation and accounts for its memory until the completion ack.</summary>
public interface IInvokerBalancer
{
    string Name { get; }

    /// <summary>Chooses an invoker for an activation of <paramref name="fullyQualifiedAction"/> in <paramref name="ns"/> needing <paramref name="memoryMb"/>.</summary>
    int Place(string ns, string fullyQualifiedAction, int memoryMb);

    /// <summary>The completion ack of an activation placed on <paramref name="invoker"/> arrived.</summary>
    void Release(int invoker, int memoryMb);
}
