namespace Burstsim.Results.Charts;

/// <summary>
/// A constant a line chart compares against (e.g. classic OpenWhisk's mean startup, which has no
/// dispatch interval): drawn as a dashed horizontal line across the plot, with its interval as a
/// pale band when <paramref name="Low"/> and <paramref name="High"/> are given. A reference far
/// outside the series' range does not stretch the axis: it is named in the legend as off scale.
/// </summary>
public sealed record ReferenceLine(string Name, double Value, double? Low = null, double? High = null);
