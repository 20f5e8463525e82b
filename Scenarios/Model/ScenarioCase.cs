using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Model;

/// <summary>
/// One workload variant of a scenario (e.g. paper-startup's 48, 96, 480 and 960 workers). Its
/// <see cref="Columns"/> become extra columns of the output rows (e.g. ("workers", "96")).
/// </summary>
public sealed record ScenarioCase(string Label, IWorkload Workload, IReadOnlyList<KeyValuePair<string, string>> Columns);
