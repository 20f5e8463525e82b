using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// A run's policies: one placement policy (classic, burst or FaaSBatch family) and, optionally, a keep-alive, a
/// prewarm and an eviction policy; unset lifecycle families follow OpenWhisk (or the placement family's own rule).
/// Written <c>classic:round-robin</c>, <c>burst:g=6,join</c>, <c>classic+keep-alive:fixed,minutes=10</c>; parse one
/// with <see cref="PolicyRegistry.Parse"/>. Two specs are equal when their canonical <see cref="Name"/>s are.
/// </summary>
public sealed class PolicySpec : IEquatable<PolicySpec>
{
    /// <summary>A spec of <paramref name="placement"/> and optional lifecycle policies.</summary>
    /// <exception cref="ArgumentException">A selection is of the wrong family.</exception>
    public PolicySpec(PolicySelection placement, PolicySelection? keepAlive = null, PolicySelection? prewarm = null, PolicySelection? eviction = null)
    {
        ArgumentNullException.ThrowIfNull(placement);
        Expect(placement, null, nameof(placement));
        Expect(keepAlive, PolicyFamily.KeepAlive, nameof(keepAlive));
        Expect(prewarm, PolicyFamily.Prewarm, nameof(prewarm));
        Expect(eviction, PolicyFamily.Eviction, nameof(eviction));
        Placement = placement;
        KeepAlive = keepAlive;
        Prewarm = prewarm;
        Eviction = eviction;
        Name = string.Join("+", new[] { placement, keepAlive, prewarm, eviction }.OfType<PolicySelection>().Select(s => s.Name));
    }

    /// <summary>OpenWhisk as it is (<c>classic</c>: the sharding balancer).</summary>
    public static PolicySpec Classic => PolicyRegistry.BuiltIn.Parse("classic");

    /// <summary>The burst fork's default (<c>burst</c>: heterogeneous packs).</summary>
    public static PolicySpec Burst => PolicyRegistry.BuiltIn.Parse("burst");

    /// <summary>How work reaches the invokers.</summary>
    public PolicySelection Placement { get; }

    /// <summary>When an idle container goes; null: the placement family's rule (OpenWhisk's idle timeout, FaaSBatch's keep time).</summary>
    public PolicySelection? KeepAlive { get; }

    /// <summary>What is loaded ahead of invocations; null: the keep-alive policy's own windows if it has any, else none beside the stem cells.</summary>
    public PolicySelection? Prewarm { get; }

    /// <summary>Which idle container goes when memory is short; null: least recently used (OpenWhisk).</summary>
    public PolicySelection? Eviction { get; }

    /// <summary>The placement family.</summary>
    public PolicyFamily Family => Placement.Factory.Family;

    /// <summary>The canonical name, as written in outputs (summary.csv's policy column): "classic", "burst:g=6,join", "classic+keep-alive:fixed,minutes=10".</summary>
    public string Name { get; }

    /// <summary>The granularity column: "1" for classic, g, "het" for heterogeneous bursts, "batch" for FaaSBatch.</summary>
    public string GranularityLabel => Placement.Factory.GranularityLabel(Placement.Options);

    /// <summary>The granularity as a figure's category: "g=1 (classic)", "g=2", "g=het", "g=batch".</summary>
    public string GranularityCategory => Placement.Factory.GranularityCategory(Placement.Options);

    /// <summary>The policy in figures: "classic", "burst g=2 join", "faasbatch 0.05 s", lifecycle policies after " + ".</summary>
    public string Label => string.Join(" + ", new[] { Placement, KeepAlive, Prewarm, Eviction }.OfType<PolicySelection>().Select(s => s.Factory.Label(s.Options, s.Name)));

    /// <summary>Every selection, placement first.</summary>
    public IEnumerable<PolicySelection> Selections => new[] { Placement, KeepAlive, Prewarm, Eviction }.OfType<PolicySelection>();

    /// <summary>Every selection with all its option values, defaults included: two specs that behave alike have the same one.</summary>
    public string EffectiveName => string.Join("+", Selections.Select(s => s.EffectiveName));

    /// <summary>Whether its runs launch burst packs (and so write burst_info.json's layout).</summary>
    public bool LaunchesPacks => Placement.Factory is Burst.PackPlacementFactory;

    /// <summary>Parses <paramref name="text"/> with the built-in policies only (<see cref="PolicyRegistry.BuiltIn"/>).</summary>
    /// <exception cref="FormatException">The text names no built-in policy or has a bad option; the message says which and what is accepted.</exception>
    public static PolicySpec Parse(string text) => PolicyRegistry.BuiltIn.Parse(text);

    /// <summary>Each selected policy's feasibility check (<see cref="PolicyFactory.CheckFeasible"/>), placement first.</summary>
    /// <exception cref="InvalidSetupException">The run can never finish under these policies.</exception>
    public void CheckFeasible(RunSetup setup, IReadOnlyList<JobRequest> jobs)
    {
        LaunchPath.CheckLifecycle(this);
        foreach (var s in Selections)
        {
            s.Factory.CheckFeasible(setup, jobs, s.Options);
        }
    }

    /// <inheritdoc/>
    public bool Equals(PolicySpec? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PolicySpec);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static void Expect(PolicySelection? selection, PolicyFamily? family, string name)
    {
        if (selection is null)
        {
            return;
        }

        bool ok = family is null ? selection.Factory.Family.IsPlacement : selection.Factory.Family == family;
        if (!ok)
        {
            throw new ArgumentException($"'{selection.Name}' is a {selection.Factory.Family.Noun}, not a {(family is null ? "placement policy" : family.Noun)}", name);
        }
    }
}
