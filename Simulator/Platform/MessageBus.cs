using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// Kafka between controller and invokers: one topic per invoker, delivered in order. A message is
/// available to the invoker's consumer after the produce and fetch latencies; a consumer waiting in
/// a long poll gets it at once, so the 1 s long-poll timeout adds nothing while messages flow.
/// </summary>
internal sealed class MessageBus
{
    private readonly Simulation _sim;
    private readonly LatencyStream _produce;
    private readonly LatencyStream _fetch;
    private readonly SimTime[] _lastDelivery;
    private readonly long[] _produced;

    public MessageBus(Simulation sim, int topics, LatencyStream produce, LatencyStream fetch)
    {
        _sim = sim;
        _produce = produce;
        _fetch = fetch;
        _lastDelivery = new SimTime[topics];
        _produced = new long[topics];
    }

    public long Messages { get; private set; }

    public void Send(Invoker invoker, RunRequest request)
    {
        Messages++;
        request.BusSequence = _produced[invoker.Index]++;
        // In order per topic: never deliver before the message produced ahead of it.
        var at = SimTime.Max(_sim.Now + _produce.Next() + _fetch.Next(), _lastDelivery[invoker.Index]);
        _lastDelivery[invoker.Index] = at;
        _sim.ScheduleAt(at, () => invoker.Receive(request));
    }
}
