namespace Burstsim.Results.Charts;

/// <summary>One side of a real-vs-simulated comparison: a name ("real (calibration run 3)", "simulated") and its values, e.g. startups in s.</summary>
public sealed record OverlaySample(string Name, IReadOnlyList<double> Values);
