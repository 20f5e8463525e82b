using System.Globalization;

namespace Burstsim.Simulator.Scheduling.Burst;

/// <summary><c>burst:g=N</c> (<c>burst:homogeneous,g=N</c>): packs of g workers, as many per invoker as fit; with <c>join</c>, one container per invoker.</summary>
internal sealed class HomogeneousPlacementFactory : PackPlacementFactory
{
    private static readonly IReadOnlyList<PolicyOption> Declared =
    [
        PolicyOption.Integer("g", "workers per pack", min: 1) with { Required = true },
        PolicyOption.Flag("join", "merge the packs on one invoker into one container"),
    ];

    /// <inheritdoc/>
    public override string Name => "homogeneous";

    /// <inheritdoc/>
    public override string Summary => "packs of g workers (the last may be smaller), invokers with the most free CPUs filled first (thesis ch. 4, granularity)";

    /// <inheritdoc/>
    public override string? ImpliedBy => "g";

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options => Declared;

    /// <inheritdoc/>
    public override IPackPlacement Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LocalityPlacement(options.Integer("g"), options.Flag("join"));
    }

    /// <summary>"6", "6+join".</summary>
    public override string GranularityLabel(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Integer("g").ToString(CultureInfo.InvariantCulture) + (options.Flag("join") ? "+join" : string.Empty);
    }

    /// <summary>"burst g=6", "burst g=6 join".</summary>
    public override string Label(PolicyOptions options, string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture, $"burst g={options.Integer("g")}") + (options.Flag("join") ? " join" : string.Empty);
    }
}
