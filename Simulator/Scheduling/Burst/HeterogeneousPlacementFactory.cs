namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary><c>burst</c> (<c>burst:heterogeneous</c>): one container per invoker, as large as it holds (the burst fork's default).</summary>
internal sealed class HeterogeneousPlacementFactory : PackPlacementFactory
{
    private static readonly PolicyOption JoinOption = PolicyOption.Flag("join", "merge the packs on one invoker into one container");

    /// <inheritdoc/>
    public override string Name => "heterogeneous";

    /// <inheritdoc/>
    public override string Summary => "the burst fork's default: invokers with the most free CPUs first, one container per invoker sized to what it holds (thesis ch. 4)";

    /// <inheritdoc/>
    public override bool IsFamilyDefault => true;

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options => [JoinOption];

    /// <inheritdoc/>
    public override IPackPlacement Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LocalityPlacement(null, options.Flag("join"));
    }

    /// <summary>"het", "het+join".</summary>
    public override string GranularityLabel(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return "het" + (options.Flag("join") ? "+join" : string.Empty);
    }

    /// <summary>"burst", "burst join".</summary>
    public override string Label(PolicyOptions options, string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(options);
        return "burst" + (options.Flag("join") ? " join" : string.Empty);
    }
}
