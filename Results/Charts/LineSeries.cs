namespace Burstsim.Results.Charts;

/// <summary>
/// A named line; <paramref name="SecondaryAxis"/> puts it on the right-hand y axis (drawn dashed),
/// e.g. containers provisioned beside latency.
/// </summary>
public sealed record LineSeries(string Name, IReadOnlyList<LinePoint> Points, bool SecondaryAxis = false);
