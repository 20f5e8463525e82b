namespace Burstsim.Results.Charts;

/// <summary>How a line chart draws its axes and points.</summary>
/// <param name="LogX">x on a log10 axis labelled with plain values (1, 2, 5 per decade).</param>
/// <param name="LogY">y on a log10 axis: values several decades apart (a price per workload size, burst's startup against FaaSBatch's) stay readable.</param>
/// <param name="Joined">Points of a series joined by lines; false draws markers only, where values between the points do not exist (e.g. granularities).</param>
/// <param name="BandLabel">Legend entry for the interval bands, e.g. "95% CI (Student t, n = 5 replications)"; null for none.</param>
public sealed record LineAxes(bool LogX = false, bool LogY = false, bool Joined = true, string? BandLabel = null);
