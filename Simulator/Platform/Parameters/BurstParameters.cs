namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>What a burst does when the cluster lacks free CPUs for all of it.</summary>
public enum BurstNoFit
{
    /// <summary>Hold the whole burst in the controller until it fits (default of the burst fork: all-or-nothing simultaneity).</summary>
    Wait,

    /// <summary>Place the workers that fit now and queue the rest until CPUs free.</summary>
    Partial,

    /// <summary>Refuse the burst with an error; nothing runs.</summary>
    Reject,
}
