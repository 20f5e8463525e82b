using Burstsim.Simulator.Engine;

namespace Burstsim.Samples.TtlByRate;

/// <summary>
/// One action's recent inter-arrival time: the gap between the starts of its arrival groups (invocations less than
/// the grouping window after the previous one belong to its group: a burst's activations are one demand, not a gap
/// of milliseconds), smoothed exponentially so the latest gaps weigh most.
/// </summary>
internal sealed class ArrivalRate
{
    /// <summary>Weight of the newest gap in the smoothed mean.</summary>
    public const double Smoothing = 0.5;

    private SimTime _groupStart;
    private SimTime _last;

    public ArrivalRate(SimTime first)
    {
        _groupStart = first;
        _last = first;
    }

    /// <summary>The smoothed gap, seconds; null until a second group has arrived.</summary>
    public double? GapS { get; private set; }

    /// <summary>An invocation at <paramref name="at"/>; <paramref name="window"/> joins it to the current group.</summary>
    public void Arrived(SimTime at, SimSpan window)
    {
        if (at - _last > window)
        {
            double gap = (at - _groupStart).Seconds;
            GapS = GapS is { } mean ? (Smoothing * gap) + ((1 - Smoothing) * mean) : gap;
            _groupStart = at;
        }

        _last = SimTime.Max(_last, at);
    }
}
