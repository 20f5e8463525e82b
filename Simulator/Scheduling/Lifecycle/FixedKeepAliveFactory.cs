using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary><c>keep-alive:fixed,minutes=T</c>: remove an idle container T minutes after its last request (default 10).</summary>
public sealed class FixedKeepAliveFactory : KeepAliveFactory
{
    /// <inheritdoc/>
    public override string Name => "fixed";

    /// <inheritdoc/>
    public override string Summary => "fixed keep-alive of T minutes after the last request (Shahrad et al., ATC'20: the providers' 10-20 min baseline)";

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options { get; } =
    [
        PolicyOption.Number("minutes", "how long an idle container stays, min", @default: 10, min: 0, max: 525_600),
    ];

    /// <inheritdoc/>
    public override IKeepAlivePolicy Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FixedKeepAlive(SimSpan.FromSeconds(options.Number("minutes") * 60.0));
    }
}
