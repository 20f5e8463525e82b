namespace Burstsim.Results.Regression;

/// <summary>What the gate concluded about one metric.</summary>
public enum Verdict
{
    /// <summary>Within tolerance of the baseline.</summary>
    Holds,

    /// <summary>Worse than the baseline beyond tolerance (or the value disappeared).</summary>
    Regressed,

    /// <summary>Better than the baseline beyond tolerance: the baseline is stale and should be updated.</summary>
    Improved,
}
