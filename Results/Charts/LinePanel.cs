namespace Burstsim.Results.Charts;

/// <summary>One panel of a line chart: its name (the panel title when a figure has several), its series and its reference lines.</summary>
/// <param name="Name">Panel title, e.g. a workload case ("cpu-bound").</param>
/// <param name="Series">Named series of points (e.g. a policy's means per dispatch interval).</param>
/// <param name="References">Named constants (e.g. classic's mean startup) drawn as horizontal dashed lines, with an optional interval band.</param>
public sealed record LinePanel(string Name, IReadOnlyList<(string Name, IReadOnlyList<LinePoint> Points)> Series, IReadOnlyList<(string Name, double Value, double? Low, double? High)> References);
