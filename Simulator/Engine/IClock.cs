namespace Burstsim.Simulator.Engine;

/// <summary>The simulation clock as a policy reads it: the current instant, nothing to schedule.</summary>
public interface IClock
{
    /// <summary>The current simulated instant.</summary>
    SimTime Now { get; }
}
