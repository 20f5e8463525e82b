using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// A fixed keep-alive: every idle container is removed the same time after its last request, whatever its action's
/// pattern (AWS Lambda and Azure Functions in 2019: 10 and 20 minutes; the baseline of Shahrad et al., "Serverless in
/// the Wild", USENIX ATC'20, section 4).
/// </summary>
/// <param name="keepAlive">How long an idle container stays.</param>
internal sealed class FixedKeepAlive(SimSpan keepAlive) : IKeepAlivePolicy
{
    /// <summary>The keep-alive every container gets.</summary>
    public SimSpan Window { get; } = keepAlive;

    /// <inheritdoc/>
    public SimSpan KeepAlive(IdleContainer container) => Window;
}
