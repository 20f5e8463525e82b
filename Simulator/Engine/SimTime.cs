using System.Globalization;

namespace Burstsim.Simulator.Engine;

/// <summary>
/// An instant on the simulation clock, in integer microsecond ticks since the simulation epoch.
/// Integer ticks make event order exact and results identical on every machine; seconds appear
/// only at the edges (scenario input, CSV output).
/// </summary>
public readonly record struct SimTime(long Ticks) : IComparable<SimTime>
{
    /// <summary>Ticks in one second: a tick is one microsecond.</summary>
    public const long TicksPerSecond = 1_000_000;

    /// <summary>The simulation epoch.</summary>
    public static readonly SimTime Zero = new(0);
    /// <summary>The latest representable instant (never reached: "no deadline").</summary>
    public static readonly SimTime MaxValue = new(long.MaxValue);

    /// <summary>Seconds since the simulation epoch.</summary>
    public double Seconds => Ticks / (double)TicksPerSecond;

    /// <summary>The instant <paramref name="seconds"/> after the epoch, rounded to the nearest microsecond tick.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, negative, or beyond the tick range.</exception>
    public static SimTime FromSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0 || seconds > long.MaxValue / (double)TicksPerSecond)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "An instant must be a finite, non-negative number of seconds.");
        }

        return new SimTime((long)Math.Round(seconds * TicksPerSecond, MidpointRounding.AwayFromZero));
    }

    /// <inheritdoc/>
    public int CompareTo(SimTime other) => Ticks.CompareTo(other.Ticks);

    /// <summary>The instant <paramref name="span"/> after <paramref name="at"/>.</summary>
    public static SimTime operator +(SimTime at, SimSpan span) => new(at.Ticks + span.Ticks);
    /// <summary>The instant <paramref name="span"/> before <paramref name="at"/>.</summary>
    public static SimTime operator -(SimTime at, SimSpan span) => new(at.Ticks - span.Ticks);
    /// <summary>The span from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    public static SimSpan operator -(SimTime later, SimTime earlier) => new(later.Ticks - earlier.Ticks);
    /// <summary>Earlier than.</summary>
    public static bool operator <(SimTime a, SimTime b) => a.Ticks < b.Ticks;
    /// <summary>Later than.</summary>
    public static bool operator >(SimTime a, SimTime b) => a.Ticks > b.Ticks;
    /// <summary>Earlier than or equal.</summary>
    public static bool operator <=(SimTime a, SimTime b) => a.Ticks <= b.Ticks;
    /// <summary>Later than or equal.</summary>
    public static bool operator >=(SimTime a, SimTime b) => a.Ticks >= b.Ticks;

    /// <summary>The later of two instants.</summary>
    public static SimTime Max(SimTime a, SimTime b) => a.Ticks >= b.Ticks ? a : b;
    /// <summary>The earlier of two instants.</summary>
    public static SimTime Min(SimTime a, SimTime b) => a.Ticks <= b.Ticks ? a : b;

    /// <inheritdoc/>
    public override string ToString() => Seconds.ToString("0.000000", CultureInfo.InvariantCulture) + "s";
}
