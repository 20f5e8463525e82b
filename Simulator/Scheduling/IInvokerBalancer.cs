namespace Burstsim.Simulator.Scheduling;

/// <summary>A classic load balancer: picks the invoker for one activation and accounts for its memory until the completion ack.</summary>
public interface IInvokerBalancer
{
    string Name { get; }

    /// <summary>Chooses an invoker for an activation of <paramref name="fullyQualifiedAction"/> in <paramref name="ns"/> needing <paramref name="memoryMb"/>.</summary>
    int Place(string ns, string fullyQualifiedAction, int memoryMb);

    /// <summary>The completion ack of an activation placed on <paramref name="invoker"/> arrived.</summary>
    void Release(int invoker, int memoryMb);

    /// <summary>The invoker went Offline (or came back): an unusable invoker is never chosen while any other is usable (OpenWhisk schedules on usable invokers only).</summary>
    void SetUsable(int invoker, bool usable);
}
