using Burstsim.Simulator.Workloads;

namespace Burstsim.Scenarios.Model;

/// <summary>
/// One workload variant of a scenario (e.g. paper-startup's 48, 96, 480 and 960 workers). Its
/// <see cref="Columns"/> become extra columns of the output rows (e.g. ("workers", "96")).
/// <see cref="Policies"/>: the policies this case runs under, when it names its own (a case that is one platform's
/// configuration, as paper-faas-startup's lambda-256mb-1000); null runs it under the scenario's policies.
/// </summary>
public sealed record ScenarioCase(string Label, IWorkload Workload, IReadOnlyList<KeyValuePair<string, string>> Columns)
{
    /// <summary>The case's own policies, or null for the scenario's.</summary>
    public IReadOnlyList<Simulator.Scheduling.PolicySpec>? Policies { get; init; }
}
