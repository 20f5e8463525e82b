using Burstsim.Simulator.Platform;

namespace Burstsim.Simulator;

/// <summary>What a run reports besides its activation records.</summary>
public sealed record RunOutcome
{
    /// <summary>Events the kernel ran.</summary>
    public required long Events { get; init; }
    /// <summary>The simulated time at the end of the run, in seconds since the epoch.</summary>
    public required double SimulatedSeconds { get; init; }
    /// <summary>Functions that left an activation record.</summary>
    public required int FunctionsReported { get; init; }
    /// <summary>Containers the platform created during the run.</summary>
    internal int ContainersCreated { get; init; }
    /// <summary>Requests the controller refused with HTTP 429 (namespace limits).</summary>
    public required long Throttled { get; init; }

    /// <summary>Calls and bursts the controller answered with HTTP 503 ("No invokers available": none Healthy).</summary>
    public long ServiceUnavailable { get; init; }

    /// <summary>Times the controllers took an invoker out of rotation for its errors (Unhealthy or Unresponsive; OpenWhisk InvokerSupervision).</summary>
    public long InvokersTakenOut { get; init; }

    /// <summary>Per invoker, the most `docker run`s ever in flight at once.</summary>
    internal IReadOnlyList<int> MaxDockerRunsInFlight { get; init; } = [];

    /// <summary>The controller's free-CPU inventory at the end (equal to each invoker's CPUs when every burst ended).</summary>
    public required IReadOnlyList<int> FinalInventory { get; init; }

    /// <summary>Burst layout: which workers ran in which container on which invoker.</summary>
    public required IReadOnlyList<BurstPack> BurstLayout { get; init; }

    /// <summary>Container lives, exclusive CPU holds and requests, for the cost columns.</summary>
    public ResourceUsage Usage { get; init; } = ResourceUsage.None;

    /// <summary>Invokers the controller took Offline after a crash (indices); their CPUs are not expected back in the inventory.</summary>
    public IReadOnlyList<int> OfflineInvokers { get; init; } = [];

    /// <summary>Jobs that did not run (rejected bursts), one message each.</summary>
    public required IReadOnlyList<string> Errors { get; init; }

    /// <summary>Functions the workload asked for (reported plus rejected).</summary>
    public long FunctionsRequested { get; init; }

    /// <summary>Jobs (bursts) refused by the controller under burst_no_fit 'reject'.</summary>
    public int RejectedJobs { get; init; }

    /// <summary>Functions of the rejected jobs: never run, no activation record.</summary>
    public long RejectedFunctions { get; init; }

    /// <summary>The provider's bill by its price list, for a run on a public provider (cloud policies); null on the cluster.</summary>
    public Providers.ProviderBill? Bill { get; init; }

    /// <summary>Trace invocations left out before the run (Azure trace functions without durations).</summary>
    public long DroppedTraceInvocations { get; init; }
}
