namespace Burstsim.Simulator.Engine;

/// <summary>
/// A model object that is its own event: scheduling it stores the object itself, so a step of a
/// per-function pipeline (a worker starting, its function ending) allocates no closure and no delegate.
/// The object keeps whatever tells it which step comes next.
/// </summary>
internal interface ISimEvent
{
    /// <summary>Runs when the event's time comes (the clock already reads that time).</summary>
    void Fire();
}
