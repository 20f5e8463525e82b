namespace Burstsim.Simulator.Platform;

/// <summary>The invokers of a cluster, possibly heterogeneous, in index order.</summary>
public sealed record ClusterSpec(IReadOnlyList<InvokerSpec> Invokers)
{
    /// <summary>Deploy value of the calibration runs: userMemory 30000 MB per invoker.</summary>
    public const int DeployUserMemoryMb = 30000;

    public int TotalCpus => Invokers.Sum(i => i.Cpus);

    /// <summary>The thesis cluster (Table 5.2): invokers of 24, 48, 48 and 12 CPUs.</summary>
    public static ClusterSpec Thesis() => Uniform([24, 48, 48, 12], DeployUserMemoryMb);

    /// <summary>The paper's cluster: <paramref name="count"/> c7i.12xlarge invokers of 48 vCPU (20 for the largest run).</summary>
    public static ClusterSpec Paper(int count = 20) => Uniform(Enumerable.Repeat(48, count).ToArray(), DeployUserMemoryMb);

    public static ClusterSpec Uniform(IReadOnlyList<int> cpus, int userMemoryMb) =>
        new(cpus.Select((c, i) => new InvokerSpec($"invoker{i}", c, userMemoryMb)).ToArray());
}
