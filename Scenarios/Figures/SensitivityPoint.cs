using Burstsim.Results.Statistics;

namespace Burstsim.Scenarios.Figures;

/// <summary>One policy of the dispatch-interval study over its replications: mean startup and containers with 95% intervals.</summary>
/// <param name="Policy">The policy's family name (classic, burst, faasbatch): the series it belongs to.</param>
/// <param name="Label">The full policy name, for the table.</param>
/// <param name="IntervalS">The FaaSBatch dispatch interval; null for policies without one (drawn flat across the range).</param>
internal sealed record SensitivityPoint(string Policy, string Label, double? IntervalS, ConfidenceInterval Startup, ConfidenceInterval Containers);
