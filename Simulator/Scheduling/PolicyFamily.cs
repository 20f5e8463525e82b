namespace Burstsim.Simulator.Scheduling;

/// <summary>
/// What a policy decides. Four families say how a group of functions reaches the invokers (one per run:
/// <see cref="Classic"/>, <see cref="Burst"/>, <see cref="FaaSBatch"/>, or <see cref="Cloud"/>: a public provider instead of the cluster); three say how a container lives once
/// it exists (at most one each, OpenWhisk's rules by default: <see cref="KeepAlive"/>, <see cref="Prewarm"/>,
/// <see cref="Eviction"/>). The set is closed: each family is a path through the platform; a plug-in adds
/// policies within a family by deriving from its factory class.
/// </summary>
public sealed class PolicyFamily
{
    private PolicyFamily(string name, string noun, bool placement, string summary)
    {
        Name = name;
        Noun = noun;
        IsPlacement = placement;
        Summary = summary;
    }

    /// <summary>OpenWhisk as it is: one activation per function, the controller's balancer picks each invoker.</summary>
    public static PolicyFamily Classic { get; } = new("classic", "classic balancer", true, "one activation per function; the controller's balancer picks its invoker");

    /// <summary>The burst fork: one group call, workers packed in multi-CPU containers with exclusive CPUs.</summary>
    public static PolicyFamily Burst { get; } = new("burst", "burst option", true, "one group call; workers packed in containers with exclusive CPUs");

    /// <summary>FaaSBatch: a function's pending invocations dispatched as one batch in one container.</summary>
    public static PolicyFamily FaaSBatch { get; } = new("faasbatch", "FaaSBatch option", true, "a function's pending invocations run as one batch in one container per dispatch");

    /// <summary>A public cloud provider instead of the OpenWhisk cluster: one call per function through the provider's Lithops backend (AWS Lambda, Google Cloud Functions).</summary>
    public static PolicyFamily Cloud { get; } = new("cloud", "cloud provider", true, "one call per function to a public FaaS provider (AWS Lambda, Google Cloud Functions) through its Lithops backend");

    /// <summary>When an idle container goes (OpenWhisk: paused after the grace, removed after the idle timeout).</summary>
    public static PolicyFamily KeepAlive { get; } = new("keep-alive", "keep-alive policy", false, "when an idle container is removed");

    /// <summary>What is loaded ahead of the next invocation, and when (beside OpenWhisk's stem cells).</summary>
    public static PolicyFamily Prewarm { get; } = new("prewarm", "prewarm policy", false, "which containers are loaded ahead of the next invocation, and when");

    /// <summary>Which idle container goes when a new one needs the memory (OpenWhisk: least recently used).</summary>
    public static PolicyFamily Eviction { get; } = new("eviction", "eviction policy", false, "which idle container goes when a new one needs its memory");

    /// <summary>Every family, placement first, in the order a policy text lists them.</summary>
    public static IReadOnlyList<PolicyFamily> All { get; } = [Classic, Burst, FaaSBatch, Cloud, KeepAlive, Prewarm, Eviction];

    /// <summary>The family's name as written in a policy: <c>classic</c>, <c>keep-alive</c>.</summary>
    public string Name { get; }

    /// <summary>What one of its policies is called in messages ("classic balancer").</summary>
    public string Noun { get; }

    /// <summary>A placement family (exactly one per policy text) rather than a lifecycle one (optional, after '+').</summary>
    public bool IsPlacement { get; }

    /// <summary>What the family decides, one line.</summary>
    public string Summary { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
