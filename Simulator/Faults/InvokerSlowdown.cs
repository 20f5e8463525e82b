namespace Burstsim.Simulator.Faults;

/// <summary>
/// Functions that start on <paramref name="Invoker"/> between <paramref name="FromS"/> and <paramref name="ToS"/>
/// (seconds from the simulation epoch, end excluded) run <paramref name="Factor"/> times as long (a noisy
/// neighbour, thermal throttling): their CPU work and their waits are both stretched. Factor at least 1.
/// </summary>
public sealed record InvokerSlowdown(string Invoker, double FromS, double ToS, double Factor);
