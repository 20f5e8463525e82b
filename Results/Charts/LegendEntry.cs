namespace Burstsim.Results.Charts;

/// <summary>One legend row: a swatch in <paramref name="Color"/> and a label.</summary>
public sealed record LegendEntry(string Label, string Color, LegendMarker Marker = LegendMarker.Box);
