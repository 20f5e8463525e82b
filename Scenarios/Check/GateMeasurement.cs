using Burstsim.Results.Regression;
using Burstsim.Scenarios.Model;

namespace Burstsim.Scenarios.Check;

/// <summary>What a gate run measured for one baseline: the scenario as run and the metrics of each case x policy, in plan order.</summary>
internal sealed record GateMeasurement(GateEntry Entry, Scenario Scenario, IReadOnlyList<BaselineRun> Runs)
{
    public RunKey Key(BaselineRun run) => new(Scenario.Name, run.Case, run.Policy);
}
