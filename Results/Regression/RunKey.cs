namespace Burstsim.Results.Regression;

/// <summary>One scenario case under one policy: the unit a baseline records metrics for.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Case">Case label (the scenario name when it has one case).</param>
/// <param name="Policy">Policy as the scenario spells it, e.g. <c>burst:g=6</c>.</param>
public sealed record RunKey(string Scenario, string Case, string Policy)
{
    /// <summary>For messages: <c>scenario S, policy P</c>, with <c>case C</c> between them when the scenario has several cases.</summary>
    public override string ToString() =>
        string.Equals(Case, Scenario, StringComparison.Ordinal) ? $"scenario {Scenario}, policy {Policy}" : $"scenario {Scenario}, case {Case}, policy {Policy}";
}
