using CsCheck;

namespace Burstsim.Simulator.Tests.Invariants;

/// <summary>
/// The model's invariants over a thousand random small scenarios per run (see <see cref="ScenarioGen"/> and
/// <see cref="InvariantRun"/>). A failure is shrunk by CsCheck to a small scenario and printed as YAML.
/// </summary>
public sealed class RandomisedInvariantTests
{
    [Fact]
    public void A_thousand_random_scenarios_keep_every_invariant() =>
        ScenarioGen.Scenario.Sample(InvariantRun.Check, iter: 1000, print: s => "\n" + s.ToYaml());
}
