using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Lifecycle;

namespace Burstsim.Samples.TtlByRate;

/// <summary>
/// <c>+keep-alive:ttl-by-rate[,factor=2][,min=1][,max=10][,window=1]</c>: an idle container stays factor x its action's
/// recent inter-arrival time, clamped to min..max minutes.
/// </summary>
public sealed class TtlByRateKeepAliveFactory : KeepAliveFactory
{
    /// <inheritdoc/>
    public override string Name => "ttl-by-rate";

    /// <inheritdoc/>
    public override string Summary => "keep an idle container factor x its action's recent inter-arrival time (smoothed), clamped to min..max minutes; after Shahrad et al., 'Serverless in the Wild' (ATC 2020)";

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options { get; } =
    [
        PolicyOption.Number("factor", "keep-alive per unit of inter-arrival time", @default: 2, min: 0, minExclusive: true, max: 1000),
        PolicyOption.Number("min", "the shortest keep-alive, minutes", @default: 1, min: 0, max: 1440),
        PolicyOption.Number("max", "the longest keep-alive (and that of an action not seen twice), minutes", @default: 10, min: 0, max: 1440),
        PolicyOption.Number("window", "invocations closer than this to the previous one are one arrival (a burst), s", @default: 1, min: 0, max: 3600),
    ];

    /// <inheritdoc/>
    public override void Validate(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Number("min") > options.Number("max"))
        {
            throw new FormatException($"min ({options.Number("min")} minutes) is above max ({options.Number("max")} minutes); write min at most max");
        }
    }

    /// <inheritdoc/>
    public override IKeepAlivePolicy Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TtlByRateKeepAlive(
            options.Number("factor"),
            SimSpan.FromSeconds(options.Number("min") * 60),
            SimSpan.FromSeconds(options.Number("max") * 60),
            SimSpan.FromSeconds(options.Number("window")));
    }
}
