using System.Globalization;

namespace Burstsim.Simulator.Engine;

/// <summary>A non-negative length of simulated time, in the same microsecond ticks as <see cref="SimTime"/>.</summary>
public readonly record struct SimSpan(long Ticks) : IComparable<SimSpan>
{
    public static readonly SimSpan Zero = new(0);

    public double Seconds => Ticks / (double)SimTime.TicksPerSecond;

    public static SimSpan FromSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0 || seconds > long.MaxValue / (double)SimTime.TicksPerSecond)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A duration must be a finite, non-negative number of seconds.");
        }

        return new SimSpan((long)Math.Round(seconds * SimTime.TicksPerSecond, MidpointRounding.AwayFromZero));
    }

    public static SimSpan FromMilliseconds(double milliseconds) => FromSeconds(milliseconds / 1000.0);

    public int CompareTo(SimSpan other) => Ticks.CompareTo(other.Ticks);

    public static SimSpan operator +(SimSpan a, SimSpan b) => new(a.Ticks + b.Ticks);
    public static SimSpan operator *(SimSpan a, long factor) => new(a.Ticks * factor);
    public static bool operator <(SimSpan a, SimSpan b) => a.Ticks < b.Ticks;
    public static bool operator >(SimSpan a, SimSpan b) => a.Ticks > b.Ticks;
    public static bool operator <=(SimSpan a, SimSpan b) => a.Ticks <= b.Ticks;
    public static bool operator >=(SimSpan a, SimSpan b) => a.Ticks >= b.Ticks;

    public override string ToString() => Seconds.ToString("0.000000", CultureInfo.InvariantCulture) + "s";
}
