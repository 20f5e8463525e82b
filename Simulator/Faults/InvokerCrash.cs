namespace Burstsim.Simulator.Faults;

/// <summary>
/// The invoker named <paramref name="Invoker"/> dies at <paramref name="AtS"/> seconds from the simulation
/// epoch and does not come back in this run: its containers and everything queued on it are lost; the
/// controller stops sending it work when the health timeout has passed without a ping.
/// </summary>
public sealed record InvokerCrash(string Invoker, double AtS);
