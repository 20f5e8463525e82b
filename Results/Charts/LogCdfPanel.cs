namespace Burstsim.Results.Charts;

/// <summary>One panel of a <see cref="LogCdfChart"/>: a quantity measured per item (per function of a trace), one curve per named sample.</summary>
/// <param name="XLabel">The quantity with its unit, e.g. "rate (calls/min)"; the axis is logarithmic.</param>
/// <param name="Series">Each sample's name and its values (all above 0).</param>
public sealed record LogCdfPanel(string XLabel, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> Series);
