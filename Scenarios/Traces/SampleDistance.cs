namespace Burstsim.Scenarios.Traces;

/// <summary>How far a sample's per-function distribution of one quantity is from the trace's, both on log10 scale.</summary>
/// <param name="Quantity">The quantity with its unit, e.g. "rate (calls/min)".</param>
/// <param name="Wasserstein">Wasserstein-1 distance between the log10 values, decades (0.1: the sample's functions are a tenth of a decade, a factor 1.26, off on average); NaN when the sample has no value.</param>
/// <param name="KolmogorovSmirnov">Two-sample Kolmogorov-Smirnov statistic, the largest gap between the two CDFs, in [0, 1]; NaN when the sample has no value.</param>
internal sealed record SampleDistance(string Quantity, double Wasserstein, double KolmogorovSmirnov);
