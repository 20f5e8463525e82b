using Burstsim.Simulator.Engine;

namespace Burstsim.Scenarios.Loading;

/// <summary>
/// What the simulation clock can represent, as bounds on every time-valued input. SimTime counts whole
/// microseconds in a 64-bit integer (Simulator/Engine/SimTime.cs): a period under one tick rounds to 0
/// (a loop that never advances, or a division by zero), and times near 9.2e12 s overflow once added together.
/// </summary>
internal static class SimLimits
{
    /// <summary>One clock tick, 1 µs: the shortest period a scenario may give.</summary>
    public const double TickS = 1.0 / SimTime.TicksPerSecond;

    /// <summary>
    /// The longest time value and the longest simulated span: 1e8 s (about 3.2 years). Far below the clock's
    /// 9.2e12 s, so sums of times cannot overflow; far above any FaaS study (the Azure 2019 trace spans 14 days).
    /// </summary>
    public const double MaxSeconds = 1e8;

    /// <summary>
    /// Estimated Lithops monitor polls in one run before the run is refused as one that would not end in
    /// reasonable time: about 30 s of wall time, measured at 1e6 polls/s (<c>burstsim run single-invoker-30
    /// --set workload.seconds=1e7 --policy burst --threads 1</c>: 5e6 polls in 5.1 s). At the default 2 s
    /// interval that is 6e7 s (1.9 years) of running functions.
    /// </summary>
    public const double MaxPolls = 3e7;

    public static readonly NumberRange Period = new(TickS, false, MaxSeconds) { Note = "must be a time in seconds from one clock tick (0.000001 s) to 1e8 s (about 3.2 years, the longest simulated span)" };

    public static readonly NumberRange Duration = new(0, false, MaxSeconds) { Note = "must be a time in seconds from 0 to 1e8 s (about 3.2 years, the longest simulated span)" };
}
