namespace Burstsim.Scenarios.Loading;

/// <summary>The text of a scenario and where it came from.</summary>
/// <param name="Name">Default scenario name (catalogue name or file name without extension).</param>
/// <param name="Text">The YAML text.</param>
/// <param name="Origin">How messages name the source: a file path or <c>catalogue/NAME.yaml</c>.</param>
/// <param name="BaseDirectory">Where relative paths inside the scenario (traces) start.</param>
internal sealed record ScenarioSource(string Name, string Text, string Origin, string BaseDirectory);
