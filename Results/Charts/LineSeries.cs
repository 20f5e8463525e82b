namespace Burstsim.Results.Charts;

/// <summary>A named line, e.g. one policy's mean startup over the dispatch interval.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<LinePoint> Points);
