namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>Nothing loaded per action (OpenWhisk: only its stem cells, platform.invoker.stem_cells).</summary>
internal sealed class NoPrewarm : IPrewarmPolicy
{
    /// <inheritdoc/>
    public PrewarmDecision? AfterRemoval(IdleContainer removed) => null;
}
