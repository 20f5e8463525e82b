namespace Burstsim.Simulator.Scheduling.Classic;

/// <summary>
/// A classic load balancer (OpenWhisk's LoadBalancer SPI): picks the invoker for each activation and accounts for
/// its memory until the completion ack. Each controller has its own instance (made by its
/// <see cref="BalancerFactory"/>), called from the simulation's one thread, so no locking is needed.
/// </summary>
public interface IInvokerBalancer
{
    /// <summary>Chooses the invoker (an index into <see cref="PolicyContext.Invokers"/>) for <paramref name="activation"/>.</summary>
    /// <remarks>Pick one whose <see cref="InvokerInfo.PoolRoomMb"/> holds the activation's memory: elsewhere it waits in the invoker's buffer forever.</remarks>
    int Place(ActivationInfo activation);

    /// <summary>The completion ack of <paramref name="activation"/>, placed on <paramref name="invoker"/>, arrived: its memory is free again.</summary>
    void Release(int invoker, ActivationInfo activation);

    /// <summary>The invoker went Offline (false) or came back (true): an unusable invoker should not be chosen while any other is usable (OpenWhisk schedules on usable invokers only).</summary>
    void SetUsable(int invoker, bool usable);
}
