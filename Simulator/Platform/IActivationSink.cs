namespace Burstsim.Simulator.Platform;

/// <summary>
/// Receives activation records as the simulation produces them, so a million-function run streams
/// rows out instead of holding them. Records arrive in completion order, not function order.
/// </summary>
public interface IActivationSink
{
    void Add(ActivationRecord record);
}
