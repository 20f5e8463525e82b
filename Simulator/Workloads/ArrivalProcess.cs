namespace Burstsim.Simulator.Workloads;

/// <summary>How the jobs of a <see cref="BurstArrivalsWorkload"/> arrive.</summary>
public enum ArrivalProcess
{
    /// <summary>Exponential gaps with a given mean (a Poisson process).</summary>
    Poisson,

    /// <summary>Equal gaps: one job every interval.</summary>
    FixedInterval,
}
