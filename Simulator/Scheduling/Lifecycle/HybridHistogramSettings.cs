namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// The hybrid histogram policy's parameters; defaults are the paper's (Shahrad et al., "Serverless in the Wild",
/// USENIX ATC'20, section 4.2) unless said otherwise.
/// </summary>
/// <param name="HeadPercentile">Head cut-off of the idle-time distribution, %: the pre-warming window (paper: 5th).</param>
/// <param name="TailPercentile">Tail cut-off, %: the end of the keep-alive window (paper: 99th).</param>
/// <param name="RangeMinutes">Histogram range, min, in 1-minute bins (paper: 4 hours = 240).</param>
/// <param name="Margin">Safety margin, a fraction: the head is lowered and the tail raised by it (paper: 10% = 0.1).</param>
/// <param name="CvThreshold">The histogram is representative only when the coefficient of variation of its bin counts exceeds this (paper: 2).</param>
/// <param name="MinObservations">In-range idle times needed before the histogram is trusted (the paper gives no number; ours: 10).</param>
/// <param name="FallbackMinutes">
/// Keep-alive when the histogram is not representative, min, with no unloading (paper: the standard keep-alive over the
/// histogram range, 240). The paper uses ARIMA for apps whose idle times are mostly out of range; this policy uses the
/// same standard keep-alive for them instead.
/// </param>
internal sealed record HybridHistogramSettings(
    double HeadPercentile = 5,
    double TailPercentile = 99,
    int RangeMinutes = 240,
    double Margin = 0.1,
    double CvThreshold = 2,
    int MinObservations = 10,
    double FallbackMinutes = 240)
{
    /// <summary>Checks the values belong together.</summary>
    /// <exception cref="ArgumentException">A value is out of range or the head is not below the tail.</exception>
    public void Validate()
    {
        if (!(HeadPercentile >= 0 && HeadPercentile < TailPercentile && TailPercentile <= 100))
        {
            throw new ArgumentException($"the head percentile ({HeadPercentile}) must be at least 0 and below the tail percentile ({TailPercentile}), which is at most 100");
        }

        if (RangeMinutes < 1 || !(Margin >= 0 && Margin < 1) || !(CvThreshold >= 0) || MinObservations < 1 || !(FallbackMinutes >= 0))
        {
            throw new ArgumentException("range_minutes >= 1, 0 <= margin < 1, cv >= 0, min_observations >= 1 and fallback_minutes >= 0 are required");
        }
    }
}
