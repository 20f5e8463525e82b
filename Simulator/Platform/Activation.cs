using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// One function's journey through the platform; becomes an <see cref="ActivationRecord"/> when the client sees its result.
/// Inside the container it is its own event (<see cref="ISimEvent"/>): the worker's steps are scheduled as the
/// activation itself with <see cref="Step"/> saying which comes next, so a million workers allocate no closures.
/// A burst keeps every worker's activation while it is in flight (ten million at once in the largest runs), so
/// it holds only what every path needs (88 bytes); what only classic, FaaSBatch or phased bodies use lives in an
/// <see cref="ActivationDetail"/> made on the first write.
/// </summary>
internal sealed class Activation : ISimEvent
{
    private ActivationDetail? _detail;
    private readonly ushort _attempt;
    private Flags _flags;

    /// <param name="job">The call's job.</param>
    /// <param name="functionId">0-based function index within the job.</param>
    /// <param name="attempt">0 for the first try.</param>
    /// <exception cref="OverflowException"><paramref name="attempt"/> is negative or above 65 535 (no retry policy gets near).</exception>
    public Activation(JobRun job, int functionId, int attempt = 0)
    {
        Job = job;
        FunctionId = functionId;
        _attempt = checked((ushort)attempt);
    }

    [Flags]
    private enum Flags : byte
    {
        None = 0,
        Lost = 1,
        WorkerStarted = 2,
        Ended = 4,
        TimedOut = 8,
    }

    /// <summary>0 for the first try; a retry or re-run is a new activation with the next number.</summary>
    public int Attempt => _attempt;

    /// <summary>Set when a fault lost this attempt: its pending events do nothing from then on.</summary>
    public bool Lost
    {
        get => Has(Flags.Lost);
        set => Set(Flags.Lost, value);
    }

    /// <summary>The worker has started (worker_start is meaningful).</summary>
    public bool WorkerStarted
    {
        get => Has(Flags.WorkerStarted);
        set => Set(Flags.WorkerStarted, value);
    }

    /// <summary>The function was killed at its time limit (Lithops' handler or OpenWhisk's action limit): the attempt failed.</summary>
    public bool TimedOut
    {
        get => Has(Flags.TimedOut);
        set => Set(Flags.TimedOut, value);
    }

    /// <summary>The worker has ended; a fault can no longer lose it.</summary>
    public bool Ended
    {
        get => Has(Flags.Ended);
        set => Set(Flags.Ended, value);
    }

    /// <summary>A fault lost this attempt at <paramref name="now"/>: the times it never reached are set to the loss, so its row is well ordered.</summary>
    public void MarkLost(SimTime now)
    {
        Lost = true;
        if (Step == WorkerStep.CpuDone)
        {
            FuncEnd = default; // it held the pending wait, not an end
        }

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

    public JobRun Job { get; }
    public int FunctionId { get; }
    /// <summary>What the function does; derived from the job on demand (workloads give it per function id) rather than stored per activation.</summary>
    public FunctionWork Work => Job.Request.Work(FunctionId);

    public SimTime HostSubmit { get; set; }
    public SimTime WorkerStart { get; set; }
    public SimTime FuncStart { get; set; }
    public SimTime FuncEnd { get; set; }
    public SimTime WorkerEnd { get; set; }
    /// <summary>
    /// The request (classic call, burst pack or FaaSBatch batch) this activation ran in, set when the invoker assigns
    /// it a container; the container, cold start and buffer wait are the request's, shared by a pack's workers.
    /// </summary>
    public RunRequest? Request { get; set; }

    /// <summary>Time the activation waited before a container was assigned: FaaSBatch's dispatch queue, then the invoker's run buffer.</summary>
    public SimSpan QueueTime => DispatchWait + (Request?.BufferTime ?? default);

    /// <summary>Container creation time paid by this activation (zero on a warm start or before assignment).</summary>
    public SimSpan ColdStartTime => Request?.ColdStartTime ?? default;

    /// <summary>The activation's container was created for its request.</summary>
    public bool ColdStart => Request?.ColdStart ?? false;

    /// <summary>The container that ran the function, null before assignment.</summary>
    public Container? Container => Request?.Container;

    /// <summary>The invoker that ran the function: its container's (not stored twice).</summary>
    public Invoker? Invoker => Container?.Invoker;

    /// <summary>When a FaaSBatch invocation joined its dispatcher's queue.</summary>
    public SimTime DispatchQueuedAt
    {
        get => _detail?.DispatchQueuedAt ?? default;
        set => Detail.DispatchQueuedAt = value;
    }

    /// <summary>Time a FaaSBatch invocation waited in its dispatcher's queue for the dispatch tick.</summary>
    public SimSpan DispatchWait
    {
        get => _detail?.DispatchWait ?? default;
        set => Detail.DispatchWait = value;
    }

    /// <summary>The controller that admitted this call (classic, FaaSBatch); its completion ack goes back there.</summary>
    public Controller? PlacedBy
    {
        get => _detail?.PlacedBy;
        set => Detail.PlacedBy = value;
    }

    /// <summary>Phased bodies: time in compute phases, moving bytes in exchanges, and waiting for the job's other functions to reach them.</summary>
    public SimSpan ComputeTime
    {
        get => _detail?.ComputeTime ?? default;
        set => Detail.ComputeTime = value;
    }

    /// <inheritdoc cref="ComputeTime"/>
    public SimSpan CommTime
    {
        get => _detail?.CommTime ?? default;
        set => Detail.CommTime = value;
    }

    /// <inheritdoc cref="ComputeTime"/>
    public SimSpan SyncTime
    {
        get => _detail?.SyncTime ?? default;
        set => Detail.SyncTime = value;
    }

    /// <summary>
    /// The critical path to this function's progress: it starts at some function's worker_start (this one's, or
    /// that of the last function to reach an exchange this one took part in) and holds the compute and comm on it.
    /// </summary>
    public SimTime PathOrigin
    {
        get => _detail?.PathOrigin ?? default;
        set => Detail.PathOrigin = value;
    }

    /// <inheritdoc cref="PathOrigin"/>
    public SimSpan PathCompute
    {
        get => _detail?.PathCompute ?? default;
        set => Detail.PathCompute = value;
    }

    /// <inheritdoc cref="PathOrigin"/>
    public SimSpan PathComm
    {
        get => _detail?.PathComm ?? default;
        set => Detail.PathComm = value;
    }

    /// <summary>The Lithops chunk (map chunksize &gt; 1) this call travels in; null for a call that is its own activation.</summary>
    public CallChunk? Chunk
    {
        get => _detail?.Chunk;
        set => Detail.Chunk = value;
    }

    /// <summary>The calls one activation of this call carries: its chunk's, or this call alone.</summary>
    public IReadOnlyList<Activation> Calls => Chunk is { } chunk ? chunk.Calls : [this];

    /// <summary>Memory slots (MB) the classic balancer took for this activation (released on the completion ack).</summary>
    public int SlotsHeld
    {
        get => _detail?.SlotsHeld ?? 0;
        set => Detail.SlotsHeld = value;
    }

    /// <summary>The invoker whose memory slots <see cref="SlotsHeld"/> are on (known before the activation has a container).</summary>
    public int SlotsInvoker
    {
        get => _detail?.SlotsInvoker ?? 0;
        set => Detail.SlotsInvoker = value;
    }

    /// <summary>
    /// Keeps the wall-clock wait of the function still due after its CPU work on a dedicated core (its sleep or I/O plus any
    /// storage-client reuse), kept while <see cref="Step"/> is <see cref="WorkerStep.CpuDone"/>. It lives in the
    /// worker_func_end field, which has no value until the function ends, so millions of workers in flight do not
    /// carry a field for it; <see cref="TakeWait"/> and <see cref="MarkLost"/> clear it.
    /// </summary>
    public void HoldWait(SimSpan wait)
    {
        Step = WorkerStep.CpuDone;
        FuncEnd = new SimTime(wait.Ticks);
    }

    /// <summary>The wait <see cref="HoldWait"/> kept; worker_func_end is empty again.</summary>
    public SimSpan TakeWait()
    {
        var wait = new SimSpan(FuncEnd.Ticks);
        FuncEnd = default;
        return wait;
    }

    /// <summary>The worker's next step when this activation fires as an event.</summary>
    public WorkerStep Step { get; set; }

    public void Fire() => Job.Runtime!.Continue(this);

    private ActivationDetail Detail => _detail ??= new ActivationDetail();

    private bool Has(Flags flag) => (_flags & flag) != 0;

    private void Set(Flags flag, bool on) => _flags = on ? _flags | flag : _flags & ~flag;
}
