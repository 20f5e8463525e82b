namespace Burstsim.Results.Regression;

/// <summary>The recorded metrics of one scenario case under one policy.</summary>
/// <param name="Case">Case label (the scenario name when the scenario has one case).</param>
/// <param name="Policy">Policy as the scenario spells it, e.g. <c>burst:g=6</c>.</param>
/// <param name="Metrics">Metric name to recorded value; the gate's metrics, in <see cref="GateMetric.All"/> order.</param>
public sealed record BaselineRun(string Case, string Policy, IReadOnlyDictionary<string, MetricValue> Metrics);
