namespace Burstsim.Simulator.Faults;

/// <summary>What the controller does with the workers of a burst lost to a fault (invoker crash, lost message, failed container start).</summary>
public enum BurstOnCrash
{
    /// <summary>
    /// The lost workers end as failed and the burst returns with errors. Default: the burst fork has no
    /// fault handling (thesis, future work: "At the moment, the model does not consider fault tolerance").
    /// </summary>
    Fail,

    /// <summary>The lost workers are placed again, as a new pending burst, on the invokers still up (the thesis's proposed re-execution of stateless workers).</summary>
    Rerun,
}
