namespace Burstsim.Scenarios.Validation.Suite;

/// <summary>
/// One comparison of the validation suite: a public experiment, the catalogue scenario (and case, policy) that
/// reproduces it, where its real values come from, and the metrics compared.
/// </summary>
/// <param name="Experiment">How the table names the experiment (e.g. <c>invocation 480</c>).</param>
/// <param name="Role">Whether a model value was fitted to this experiment (<see cref="SuiteRole.Fit"/>) or not.</param>
/// <param name="Scenario">A catalogue scenario name (or a .yaml path).</param>
/// <param name="Case">The scenario's case label; null for a scenario with one case.</param>
/// <param name="Policy">The policy text (classic, burst:g=6, ...).</param>
/// <param name="Real">Where the real values come from.</param>
/// <param name="Metrics">The metrics compared, in table order (see <see cref="SuiteMetrics"/>).</param>
/// <param name="Misses">Metric -> the mechanism that explains a documented miss and why public data cannot settle it.</param>
internal sealed record SuiteRow(
    string Experiment,
    SuiteRole Role,
    string Scenario,
    string? Case,
    string Policy,
    SuiteReal Real,
    IReadOnlyList<string> Metrics,
    IReadOnlyDictionary<string, string> Misses)
{
    /// <summary>The key of this row's real values in the snapshot table: experiment and policy.</summary>
    public string Key => $"{Experiment} | {Policy}";
}
