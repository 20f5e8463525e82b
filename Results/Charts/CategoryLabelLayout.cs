namespace Burstsim.Results.Charts;

/// <summary>
/// How category labels fit under an axis: <paramref name="Rotated"/> at -45 degrees when they
/// are wider than their slot, only every <paramref name="Every"/>-th drawn when even rotated they
/// would touch; <paramref name="Height"/> and <paramref name="Overhang"/> (room left of the first
/// slot centre) are what the chart must reserve.
/// </summary>
public sealed record CategoryLabelLayout(bool Rotated, int Every, double Height, double Overhang);
