using System.Globalization;

namespace Burstsim.Simulator.Engine;

/// <summary>A non-negative length of simulated time, in the same microsecond ticks as <see cref="SimTime"/>.</summary>
public readonly record struct SimSpan(long Ticks) : IComparable<SimSpan>
{
    /// <summary>No time.</summary>
    public static readonly SimSpan Zero = new(0);

    /// <summary>The length in seconds.</summary>
    public double Seconds => Ticks / (double)SimTime.TicksPerSecond;

    /// <summary>The span of <paramref name="seconds"/>, rounded to the nearest microsecond tick.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, negative, or beyond the tick range.</exception>
    public static SimSpan FromSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0 || seconds > long.MaxValue / (double)SimTime.TicksPerSecond)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A duration must be a finite, non-negative number of seconds.");
        }

        return new SimSpan((long)Math.Round(seconds * SimTime.TicksPerSecond, MidpointRounding.AwayFromZero));
    }

    /// <summary>The span of <paramref name="milliseconds"/>, rounded to the nearest microsecond tick.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, negative, or beyond the tick range.</exception>
    public static SimSpan FromMilliseconds(double milliseconds) => FromSeconds(milliseconds / 1000.0);

    /// <inheritdoc/>
    public int CompareTo(SimSpan other) => Ticks.CompareTo(other.Ticks);

    /// <summary>The sum of two spans.</summary>
    public static SimSpan operator +(SimSpan a, SimSpan b) => new(a.Ticks + b.Ticks);
    /// <summary>The span repeated <paramref name="factor"/> times.</summary>
    public static SimSpan operator *(SimSpan a, long factor) => new(a.Ticks * factor);
    /// <summary>Shorter than.</summary>
    public static bool operator <(SimSpan a, SimSpan b) => a.Ticks < b.Ticks;
    /// <summary>Longer than.</summary>
    public static bool operator >(SimSpan a, SimSpan b) => a.Ticks > b.Ticks;
    /// <summary>Shorter than or equal.</summary>
    public static bool operator <=(SimSpan a, SimSpan b) => a.Ticks <= b.Ticks;
    /// <summary>Longer than or equal.</summary>
    public static bool operator >=(SimSpan a, SimSpan b) => a.Ticks >= b.Ticks;

    /// <inheritdoc/>
    public override string ToString() => Seconds.ToString("0.000000", CultureInfo.InvariantCulture) + "s";
}
