using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Scheduling.Classic;

namespace Burstsim.Samples.BoundedLoad;

/// <summary>
/// <c>classic:bounded-load[,c=1.25][,vnodes=100][,load=activations|memory]</c>: consistent hashing with bounded loads.
/// The registry finds this class in the plug-in (public, parameterless constructor) and checks every option's type
/// and range from <see cref="Options"/> before a run; <see cref="Validate"/> adds what a range cannot say.
/// </summary>
public sealed class BoundedLoadBalancerFactory : BalancerFactory
{
    /// <inheritdoc/>
    public override string Name => "bounded-load";

    /// <inheritdoc/>
    public override string Summary => "consistent hashing with bounded loads (Mirrokni, Thorup, Zadimoghaddam, SODA 2018): the action's point on a ring of invokers, clockwise to the first below ceil(c x average load)";

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options { get; } =
    [
        PolicyOption.Number("c", "the bound's factor: no invoker takes more than ceil(c x average load)", @default: 1.25, min: 1, minExclusive: true),
        PolicyOption.Integer("vnodes", "points per invoker on the ring (more: even arcs)", @default: 100, min: 1, max: 10_000),
        PolicyOption.Text("load", "what a load counts: activations (in flight) or memory (their MB)", @default: "activations"),
    ];

    /// <inheritdoc/>
    public override void Validate(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = Measure(options);
    }

    /// <inheritdoc/>
    public override IInvokerBalancer Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return new BoundedLoadBalancer(context.Invokers, options.Number("c"), options.Integer("vnodes"), Measure(options));
    }

    private static LoadMeasure Measure(PolicyOptions options) => options.Text("load") switch
    {
        "activations" => LoadMeasure.Activations,
        "memory" => LoadMeasure.Memory,
        var other => throw new FormatException($"load must be activations or memory, got '{other}'"),
    };
}
