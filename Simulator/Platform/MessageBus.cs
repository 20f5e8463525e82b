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
    private readonly SimSpan _latency;
    private readonly SimTime[] _lastDelivery;
    private readonly long[] _produced;

    public MessageBus(Simulation sim, int topics, double produceS, double fetchS)
    {
        _sim = sim;
        _latency = SimSpan.FromSeconds(produceS + fetchS);
        _lastDelivery = new SimTime[topics];
        _produced = new long[topics];
    }

    public long Messages { get; private set; }

    /// <summary>Fault injection: returns true when the message is lost (then it is never delivered).</summary>
    public Func<Invoker, RunRequest, bool>? Drop { get; set; }

    public void Send(Invoker invoker, RunRequest request)
    {
        Messages++;
        if (Drop?.Invoke(invoker, request) == true)
        {
            return;
        }

        request.BusSequence = _produced[invoker.Index]++;
        // In order per topic: never deliver before the message produced ahead of it.
        var at = SimTime.Max(_sim.Now + _latency, _lastDelivery[invoker.Index]);
        _lastDelivery[invoker.Index] = at;
        _sim.ScheduleAt(at, () => invoker.Receive(request));
    }
}
