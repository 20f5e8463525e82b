namespace Burstsim.Scenarios.Outputs;

/// <summary>Workers <paramref name="First"/>..<paramref name="Last"/> (inclusive) ran in this container.</summary>
internal sealed record BurstContainerRange(string Container, int First, int Last);
