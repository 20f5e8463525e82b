namespace Burstsim.Simulator.Scheduling.Lifecycle;

/// <summary>
/// <c>keep-alive:greedy-dual</c>: FaasCache (Fuerst and Sharma, ASPLOS'21): keep every idle container until its memory
/// is needed, then evict by Greedy-Dual-Size-Frequency priority. It serves as the eviction policy too unless one is
/// chosen. See <see cref="GreedyDualKeepAlive"/>.
/// </summary>
internal sealed class GreedyDualKeepAliveFactory : KeepAliveFactory
{
    /// <inheritdoc/>
    public override string Name => "greedy-dual";

    /// <inheritdoc/>
    public override string Summary => "FaasCache (Fuerst and Sharma, ASPLOS'21): keep idle containers until memory is short, evict lowest clock + frequency x cold-start cost / memory first";

    /// <inheritdoc/>
    public override IKeepAlivePolicy Create(PolicyContext context, PolicyOptions options) => new GreedyDualKeepAlive();
}
