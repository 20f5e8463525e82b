using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// The part of an <see cref="Activation"/>'s state that only some paths write: classic placement (the admitting
/// controller and its memory slots), FaaSBatch's dispatch queue, and phased bodies' times and critical path.
/// Made on the first write, so a burst's plain workers, millions of which can be in flight at once, do not carry
/// it; classic and FaaSBatch calls in flight are bounded by max_workers, and phased jobs are small.
/// </summary>
internal sealed class ActivationDetail
{
    public Controller? PlacedBy { get; set; }

    public int SlotsHeld { get; set; }

    public int SlotsInvoker { get; set; }

    public SimTime DispatchQueuedAt { get; set; }

    public SimSpan DispatchWait { get; set; }

    public SimSpan ComputeTime { get; set; }

    public SimSpan CommTime { get; set; }

    public SimSpan SyncTime { get; set; }

    public SimTime PathOrigin { get; set; }

    public SimSpan PathCompute { get; set; }

    public SimSpan PathComm { get; set; }

    public CallChunk? Chunk { get; set; }
}
