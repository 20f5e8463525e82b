using Burstsim.Results.Csv;
using Burstsim.Scenarios.Model;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Scenarios.Execution;

/// <summary>One simulation: a scenario variant's case under one policy in one replication (seed = scenario seed + replication).</summary>
/// <param name="Index">Position in the plan; outputs are written in this order whatever order units finish in.</param>
/// <param name="Scenario">The scenario (or sweep variant) it belongs to.</param>
/// <param name="Case">The workload case.</param>
/// <param name="Policy">The placement policy.</param>
/// <param name="Replication">0-based replication.</param>
/// <param name="Context">The output columns that tell this run apart.</param>
internal sealed record RunUnit(int Index, Scenario Scenario, ScenarioCase Case, PolicySpec Policy, int Replication, RunContext Context)
{
    public ulong Seed => Context.Seed;
}
