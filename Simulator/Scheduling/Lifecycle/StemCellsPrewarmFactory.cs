namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary><c>prewarm:stem-cells</c>, the default: OpenWhisk's prewarmed stem cells only, nothing per action.</summary>
internal sealed class StemCellsPrewarmFactory : PrewarmFactory
{
    /// <inheritdoc/>
    public override string Name => "stem-cells";

    /// <inheritdoc/>
    public override string Summary => "OpenWhisk's prewarmed stem cells only (platform.invoker.stem_cells, _min, _ttl_s); no container loaded per action";

    /// <inheritdoc/>
    public override bool IsFamilyDefault => true;

    /// <inheritdoc/>
    public override IPrewarmPolicy Create(PolicyContext context, PolicyOptions options) => new NoPrewarm();
}
