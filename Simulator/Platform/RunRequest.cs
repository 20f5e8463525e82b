using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Platform;

/// <summary>
/// One bus message to an invoker: one activation (classic), one burst pack (several workers that
/// each hold a CPU exclusively), or one FaaSBatch batch (several invocations sharing a container).
/// </summary>
internal sealed class RunRequest(string action, int memoryMb, IReadOnlyList<Activation> activations, int exclusiveCpus, SimSpan forkDelay)
{
    public string Action { get; } = action;
    public int MemoryMb { get; } = memoryMb;
    public IReadOnlyList<Activation> Activations { get; private set; } = activations;

    /// <summary>CPUs the container holds exclusively (burst packs), 0 for shared-CPU containers.</summary>
    public int ExclusiveCpus { get; } = exclusiveCpus;

    /// <summary>Delay between starting successive workers inside the container (process forks in a burst pack).</summary>
    public SimSpan ForkDelay { get; } = forkDelay;

    /// <summary>A burst pack whose container stays warm when it finishes (<see cref="Parameters.PlatformParameters.WarmBursts"/>).</summary>
    public bool KeepWarm { get; init; }

    /// <summary>Burst packs get a container of their own that is removed when they finish, unless kept warm.</summary>
    public bool Disposable => ExclusiveCpus > 0 && !KeepWarm;

    public SimTime ReceivedAt { get; set; }

    /// <summary>The invoker the controller sent it to.</summary>
    public int InvokerIndex { get; set; }

    /// <summary>Its container could not be started (docker run failed): the completion is a system error (whisk error).</summary>
    public bool StartFailed { get; set; }

    /// <summary>Its completion ack never came and the controller forced it at the ack timeout (a Timeout for the invoker's health).</summary>
    public bool AckForced { get; set; }

    /// <summary>When the invoker sent /run to the container: OpenWhisk's action time limit counts from here, and the billed duration.</summary>
    public SimTime RunStart { get; set; }

    /// <summary>OpenWhisk ended the /run at the action's time limit (a developer error): the container is destroyed when it ends.</summary>
    public bool TimedOut { get; set; }

    /// <summary>The container got /run (the request is running; a crash bills it up to the loss).</summary>
    public bool Running { get; set; }

    /// <summary>
    /// Workers that run at once in the container: a Lithops chunk's processes (min(worker_processes, calls)); every
    /// activation otherwise (a classic call, a pack's workers, a batch's invocations).
    /// </summary>
    public int Processes => Activations.Count > 0 && Activations[0].Chunk is { } chunk ? chunk.Processes : Activations.Count;

    /// <summary>Index of the next activation a free process takes (those beyond <see cref="Processes"/> wait for one).</summary>
    public int NextQueued { get; set; }

    /// <summary>
    /// The request is over (its completion acks are done): it lets go of its activations, so a finished pack's
    /// workers are freed once the client has reported them, while the run's layout keeps the request itself.
    /// </summary>
    public void ForgetActivations() => Activations = [];

    /// <summary>The container the request was assigned to (null until then); its workers ran there.</summary>
    public Container? Container { get; set; }

    /// <summary>The container was created for this request (a cold start) rather than reused warm.</summary>
    public bool ColdStart { get; set; }

    /// <summary>Container creation time (docker run and /init) paid by this request's activations; zero on a warm start.</summary>
    public SimSpan ColdStartTime { get; set; }

    /// <summary>Time from the invoker receiving the request to its container assignment (the run buffer).</summary>
    public SimSpan BufferTime { get; set; }

    /// <summary>Position in its invoker's topic (0, 1, ...), set when produced; the invoker must receive them in this order.</summary>
    public long BusSequence { get; set; }
}
