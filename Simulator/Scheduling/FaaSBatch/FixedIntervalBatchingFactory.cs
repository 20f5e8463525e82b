using System.Globalization;
using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Scheduling.FaaSBatch;

/// <summary><c>faasbatch</c> (<c>faasbatch:fixed-interval</c>): FaaSBatch's dispatcher, one tick every dispatch interval.</summary>
internal sealed class FixedIntervalBatchingFactory : BatchingFactory
{
    private static readonly IReadOnlyList<PolicyOption> Declared =
    [
        PolicyOption.Number("interval", "the dispatch interval, s", min: 0, max: 1e8, minExclusive: true),
    ];

    /// <inheritdoc/>
    public override string Name => "fixed-interval";

    /// <inheritdoc/>
    public override string Summary => "FaaSBatch (dscLabJNU/FaaSBatch): every dispatch interval a function's pending invocations run as one batch (default platform.faasbatch.dispatch_interval_s)";

    /// <inheritdoc/>
    public override bool IsFamilyDefault => true;

    /// <inheritdoc/>
    public override IReadOnlyList<PolicyOption> Options => Declared;

    /// <inheritdoc/>
    public override void Validate(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.NumberOrNull("interval") is { } s && s < 1.0 / SimTime.TicksPerSecond)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"interval {s} s is shorter than one clock tick (0.000001 s)"));
        }
    }

    /// <inheritdoc/>
    public override IBatchingPolicy Create(PolicyContext context, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return new FixedIntervalBatching(SimSpan.FromSeconds(options.NumberOrNull("interval") ?? context.Parameters.FaaSBatch.DispatchIntervalS));
    }

    /// <summary>"faasbatch", "faasbatch 0.05 s".</summary>
    public override string Label(PolicyOptions options, string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.NumberOrNull("interval") is { } i ? string.Create(CultureInfo.InvariantCulture, $"faasbatch {i} s") : "faasbatch";
    }
}
