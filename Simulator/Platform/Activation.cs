using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// One function's journey through the platform; becomes an <see cref="ActivationRecord"/> when the client sees its result.
/// Inside the container it is its own event (<see cref="ISimEvent"/>): the worker's steps are scheduled as the
/// activation itself with <see cref="Step"/> saying which comes next, so a million workers allocate no closures.
/// </summary>
internal sealed class Activation(JobRun job, int functionId, int attempt = 0) : ISimEvent
{
    /// <summary>0 for the first try; a retry or re-run is a new activation with the next number.</summary>
    public int Attempt { get; } = attempt;

    /// <summary>Set when a fault lost this attempt: its pending events do nothing from then on.</summary>
    public bool Lost { get; set; }

    /// <summary>The worker has started (worker_start is meaningful).</summary>
    public bool WorkerStarted { get; set; }

    /// <summary>The worker has ended; a fault can no longer lose it.</summary>
    public bool Ended { get; set; }

    /// <summary>A fault lost this attempt at <paramref name="now"/>: the times it never reached are set to the loss, so its row is well ordered.</summary>
    public void MarkLost(SimTime now)
    {
        Lost = true;
        if (!WorkerStarted)
        {
            WorkerStart = now;
        }

        if (FuncStart < WorkerStart)
        {
            FuncStart = now;
        }

        if (FuncEnd < FuncStart)
        {
            FuncEnd = now;
        }

        if (WorkerEnd < FuncEnd)
        {
            WorkerEnd = now;
        }
    }

    public JobRun Job { get; } = job;
    public int FunctionId { get; } = functionId;
    /// <summary>What the function does; derived from the job on demand (workloads give it per function id) rather than stored per activation.</summary>
    public FunctionWork Work => Job.Request.Work(FunctionId);

    public SimTime HostSubmit { get; set; }
    public SimTime DispatchQueuedAt { get; set; }
    public SimTime WorkerStart { get; set; }
    public SimTime FuncStart { get; set; }
    public SimTime FuncEnd { get; set; }
    public SimTime WorkerEnd { get; set; }
    public SimSpan QueueTime { get; set; }
    public SimSpan ColdStartTime { get; set; }
    public bool ColdStart { get; set; }
    /// <summary>The invoker that ran the function: its container's (not stored twice).</summary>
    public Invoker? Invoker => Container?.Invoker;
    public Container? Container { get; set; }

    /// <summary>The controller that admitted this call (classic, FaaSBatch); its completion ack goes back there.</summary>
    public Controller? PlacedBy { get; set; }

    /// <summary>Phased bodies: time in compute phases, moving bytes in exchanges, and waiting for the job's other functions to reach them.</summary>
    public SimSpan ComputeTime { get; set; }

    public SimSpan CommTime { get; set; }

    public SimSpan SyncTime { get; set; }

    /// <summary>
    /// The critical path to this function's progress: it starts at some function's worker_start (this one's, or
    /// that of the last function to reach an exchange this one took part in) and holds the compute and comm on it.
    /// </summary>
    public SimTime PathOrigin { get; set; }

    public SimSpan PathCompute { get; set; }

    public SimSpan PathComm { get; set; }

    /// <summary>Memory slots the classic balancer took for this activation (released on the completion ack).</summary>
    public int SlotsHeld { get; set; }

    /// <summary>The invoker whose memory slots <see cref="SlotsHeld"/> are on (known before the activation has a container).</summary>
    public int SlotsInvoker { get; set; }

    /// <summary>Wall-clock wait of the function after its CPU work, in s (its sleep or I/O plus any storage-client reuse).</summary>
    public double WaitS { get; set; }

    /// <summary>The worker's next step when this activation fires as an event.</summary>
    public WorkerStep Step { get; set; }

    public void Fire() => Job.Runtime!.Continue(this);
}
