namespace Burstsim.Simulator.Workloads;

/// <summary>How a per-minute invocation count becomes arrival instants within the minute.</summary>
public enum ArrivalSpread
{
    /// <summary>Each invocation at a uniformly random instant of its minute.</summary>
    Uniform,

    /// <summary>The minute's invocations evenly spaced, the k-th of c at (k + 0.5) / c of the minute.</summary>
    Even,
}
