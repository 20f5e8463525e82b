namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>How one suite comparison came out.</summary>
internal enum SuiteVerdict
{
    /// <summary>Within its tolerance (or none set).</summary>
    Pass,

    /// <summary>Outside its tolerance, and the suite names the mechanism and why public data cannot settle it.</summary>
    DocumentedMiss,

    /// <summary>Outside its tolerance with no documented reason: the suite fails (exit 1).</summary>
    Fail,

    /// <summary>No public real value to compare with (held back).</summary>
    NoReal,
}
