using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Network;

/// <summary>The functions of one job arriving at one exchange: who has arrived, when, and where they run.</summary>
internal sealed class Rendezvous(int functions)
{
    public Endpoint[] At { get; } = new Endpoint[functions];

    public SimTime[] Arrived { get; } = new SimTime[functions];

    public Action[] Continue { get; } = new Action[functions];

    public int Count { get; set; }

    /// <summary>The critical path of the last function to arrive, as it arrived.</summary>
    public (SimTime Origin, SimSpan Compute, SimSpan Comm) Last { get; set; }

    public bool Full => Count == At.Length;
}
