namespace Burstsim.Simulator.Scheduling;

/// <summary>The type of a policy option's value.</summary>
public enum PolicyOptionKind
{
    /// <summary>A finite number, written with a '.' decimal point (<c>alpha=0.3</c>).</summary>
    Number,

    /// <summary>A whole number (<c>g=6</c>).</summary>
    Integer,

    /// <summary>Present or absent, written bare (<c>join</c>).</summary>
    Flag,

    /// <summary>Any text without ',' or '+' (<c>hash=fnv</c>).</summary>
    Text,
}
