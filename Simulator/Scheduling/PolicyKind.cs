namespace Burstsim.Simulator.Scheduling;

public enum PolicyKind
{
    /// <summary>OpenWhisk as it is: one activation per function, placed by a classic balancer.</summary>
    Classic,

    /// <summary>The burst fork: one group call, packs in multi-CPU containers with exclusive CPUs.</summary>
    Burst,

    /// <summary>FaaSBatch: per dispatch interval, a function's pending invocations run as one batch in one container.</summary>
    FaaSBatch,
}
