namespace Burstsim.Results.Charts;

/// <summary>
/// One segment of a stacked bar: <paramref name="Value"/> (e.g. seconds of makespan) of phase
/// <paramref name="Segment"/> (e.g. "client submit", "cold start", "run") in bar
/// <paramref name="Category"/> (e.g. a policy). Segments stack bottom-up in order of first appearance.
/// </summary>
public sealed record StackedBar(string Category, string Segment, double Value);
