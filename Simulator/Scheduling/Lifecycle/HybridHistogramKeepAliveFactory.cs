namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// <c>keep-alive:hybrid</c>: the hybrid histogram policy of Shahrad et al., USENIX ATC'20 (per-app idle-time
/// histogram; pre-warm at the head, keep alive to the tail; standard keep-alive when the histogram is not
/// representative). It serves as the prewarm policy too unless one is chosen. See <see cref="HybridHistogramKeepAlive"/>.
/// </summary>
internal sealed class HybridHistogramKeepAliveFactory : KeepAliveFactory
{
    private static readonly HybridHistogramSettings Paper = new();

    /// <inheritdoc/>
    public override string Name => "hybrid";

    /// <inheritdoc/>
    public override string Summary => "hybrid histogram policy (Shahrad et al., Serverless in the Wild, ATC'20): per-app idle-time histogram, pre-warm at its 5th percentile, keep alive to its 99th, 10% margins; standard 4 h keep-alive when not representative (no ARIMA)";

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options { get; } =
    [
        PolicyOption.Number("head", "head percentile of the idle-time histogram, %: the pre-warming window", @default: Paper.HeadPercentile, min: 0, max: 100),
        PolicyOption.Number("tail", "tail percentile of the idle-time histogram, %: the end of the keep-alive window", @default: Paper.TailPercentile, min: 0, max: 100),
        PolicyOption.Integer("range_minutes", "histogram range in 1-minute bins, min", @default: Paper.RangeMinutes, min: 1, max: 10_080),
        PolicyOption.Number("margin", "margin taken off the head and added to the tail, fraction", @default: Paper.Margin, min: 0, max: 0.99),
        PolicyOption.Number("cv", "the histogram is used only when the coefficient of variation of its bin counts exceeds this", @default: Paper.CvThreshold, min: 0),
        PolicyOption.Integer("min_observations", "in-range idle times needed before the histogram is used (not in the paper)", @default: Paper.MinObservations, min: 1),
        PolicyOption.Number("fallback_minutes", "standard keep-alive when the histogram is not representative, min", @default: Paper.FallbackMinutes, min: 0, max: 525_600),
    ];

    /// <inheritdoc/>
    public override void Validate(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Number("head") >= options.Number("tail"))
        {
            throw new FormatException($"keep-alive:hybrid: head ({options.Number("head")}) must be below tail ({options.Number("tail")})");
        }
    }

    /// <inheritdoc/>
    public override IKeepAlivePolicy Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HybridHistogramKeepAlive(new HybridHistogramSettings(
            options.Number("head"),
            options.Number("tail"),
            options.Integer("range_minutes"),
            options.Number("margin"),
            options.Number("cv"),
            options.Integer("min_observations"),
            options.Number("fallback_minutes")));
    }
}
