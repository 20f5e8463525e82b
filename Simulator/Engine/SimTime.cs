using System.Globalization;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// An instant on the simulation clock, in integer microsecond ticks since the simulation epoch.
/// Integer ticks make event order exact and results identical on every machine; seconds appear
/// only at the edges (scenario input, CSV output).
/// </summary>
public readonly record struct SimTime(long Ticks) : IComparable<SimTime>
{
    public const long TicksPerSecond = 1_000_000;

    public static readonly SimTime Zero = new(0);
    public static readonly SimTime MaxValue = new(long.MaxValue);

    public double Seconds => Ticks / (double)TicksPerSecond;

    public static SimTime FromSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0 || seconds > long.MaxValue / (double)TicksPerSecond)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "An instant must be a finite, non-negative number of seconds.");
        }

        return new SimTime((long)Math.Round(seconds * TicksPerSecond, MidpointRounding.AwayFromZero));
    }

    public int CompareTo(SimTime other) => Ticks.CompareTo(other.Ticks);

    public static SimTime operator +(SimTime at, SimSpan span) => new(at.Ticks + span.Ticks);
    public static SimTime operator -(SimTime at, SimSpan span) => new(at.Ticks - span.Ticks);
    public static SimSpan operator -(SimTime later, SimTime earlier) => new(later.Ticks - earlier.Ticks);
    public static bool operator <(SimTime a, SimTime b) => a.Ticks < b.Ticks;
    public static bool operator >(SimTime a, SimTime b) => a.Ticks > b.Ticks;
    public static bool operator <=(SimTime a, SimTime b) => a.Ticks <= b.Ticks;
    public static bool operator >=(SimTime a, SimTime b) => a.Ticks >= b.Ticks;

    public static SimTime Max(SimTime a, SimTime b) => a.Ticks >= b.Ticks ? a : b;
    public static SimTime Min(SimTime a, SimTime b) => a.Ticks <= b.Ticks ? a : b;

    public override string ToString() => Seconds.ToString("0.000000", CultureInfo.InvariantCulture) + "s";
}
